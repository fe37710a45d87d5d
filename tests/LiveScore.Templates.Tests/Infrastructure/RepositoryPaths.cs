namespace LiveScore.Templates.Tests.Infrastructure;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string TemplateSource => Path.Combine(Root, "templates", "livescore-serverless");

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LiveScore.Templates.csproj")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("LiveScore.Templates.csproj not found above " + AppContext.BaseDirectory);
    }
}
