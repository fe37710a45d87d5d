using System.Diagnostics;

namespace LiveScore.Templates.Tests.Infrastructure;

/// <summary>
/// The repository's three packages (template pack, LiveScore.Lambda, LiveScore.LocalCloud), packed once per test run
/// into a folder that every child build restores from, as a user's registered local feed would be.
/// </summary>
public static class LocalFeed
{
    private static readonly Lazy<string> Packed = new(Pack);

    /// <summary>The folder holding the packed .nupkg files.</summary>
    public static string Folder => Packed.Value;

    public static string Version { get; } = ReadVersion();

    /// <summary>Lets a child process restore the LiveScore.* packages from this feed, wherever it builds.</summary>
    public static void Apply(ProcessStartInfo start) => start.Environment["RestoreAdditionalProjectSources"] = Folder;

    private static string Pack()
    {
        var folder = Directory.CreateTempSubdirectory("livescore-feed-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        // The packable projects of LiveScore.slnx; packing the solution would also build these tests.
        foreach (var project in new[] { "LiveScore.Templates.csproj", "content/LiveScore.Lambda/LiveScore.Lambda.csproj", "content/LiveScore.LocalCloud/LiveScore.LocalCloud.csproj" })
        {
            var pack = Dotnet.Run(RepositoryPaths.Root, TimeSpan.FromMinutes(5), "pack", project, "-c", "Release", "-o", folder, "-v", "q");
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException(pack.ToString());
            }
        }
        ForgetCachedPackages();
        return folder;
    }

    // Every pack of this checkout has the same version: a copy that an earlier run restored into NuGet's global
    // packages folder would otherwise be used instead of the code just packed.
    private static void ForgetCachedPackages()
    {
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "livescore.lambda", "livescore.localcloud" })
        {
            var cached = Path.Combine(globalPackages, id, Version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }
    }

    private static string ReadVersion()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        return props.Descendants("Version").Single().Value;
    }
}
