namespace LiveScore.Templates.Tests.Infrastructure;

/// <summary>
/// Installs the template pack from the <see cref="LocalFeed"/> into a fresh custom hive (installing twice into one
/// hive corrupts it) and generates solutions from it with the real dotnet new.
/// </summary>
public sealed class TemplatePackFixture : IDisposable
{
    public const string ShortName = "livescore-serverless";
    private static readonly TimeSpan CliTimeout = TimeSpan.FromMinutes(3);
    private readonly TempDirectory _work = new("livescore-pack-");

    public TemplatePackFixture()
    {
        PackagePath = Path.Combine(LocalFeed.Folder, $"LiveScore.Templates.{LocalFeed.Version}.nupkg");
        Hive = Path.Combine(_work.Path, "hive");
        var install = Dotnet.Run(_work.Path, CliTimeout, "new", "install", PackagePath, "--debug:custom-hive", Hive);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException(install.ToString());
        }
    }

    public string PackagePath { get; }

    public string Hive { get; }

    public string NewDirectory(string prefix) => Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>Runs <c>dotnet new livescore-serverless</c> with the given arguments against this fixture's hive.</summary>
    public CommandResult New(string workingDirectory, params string[] arguments) =>
        Dotnet.Run(workingDirectory, CliTimeout, ["new", ShortName, .. arguments, "--debug:custom-hive", Hive]);

    /// <summary>Generates a solution without restoring it (tests restore explicitly: a failed restore post-action still exits 0).</summary>
    public string Generate(string parent, string name, IEnumerable<string> options)
    {
        Directory.CreateDirectory(parent);
        var output = Path.Combine(parent, name);
        var result = New(parent, ["-n", name, "-o", output, "--no-restore", .. options]);
        Assert.True(result.ExitCode == 0, result.ToString());
        // The engine says this when it misreads a file (e.g. "-->" outside an XML comment) and may mangle it.
        Assert.DoesNotContain("Balanced nesting", result.Output, StringComparison.Ordinal);
        return output;
    }

    public void Dispose() => _work.Dispose();
}

[CollectionDefinition(Name)]
public sealed class TemplatePackCollection : ICollectionFixture<TemplatePackFixture>
{
    public const string Name = "template pack";
}
