namespace LiveScore.Templates.Tests.Infrastructure;

public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix)
    {
        Path = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the OS temp cleaner gets it later.
        }
    }
}
