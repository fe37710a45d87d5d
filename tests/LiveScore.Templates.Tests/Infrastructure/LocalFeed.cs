using System.Diagnostics;

namespace LiveScore.Templates.Tests.Infrastructure;

/// <summary>
/// The repository's three packages (template pack, LiveScore.Lambda, LiveScore.LocalCloud), packed once per test run
/// into a folder that every child build restores from, as a user's registered local feed would be.
/// </summary>
/// <remarks>
/// The packages get a version of their own for this run (the release version with a unique suffix), which generated
/// solutions pick up through <c>LiveScorePackagesVersion</c>: NuGet's package cache can then never serve code packed by
/// an earlier run, and two runs on one machine never share a package.
/// </remarks>
public static class LocalFeed
{
    private static readonly Lazy<string> Packed = new(Pack);

    /// <summary>The folder holding the packed .nupkg files.</summary>
    public static string Folder => Packed.Value;

    /// <summary>The version the three packages are released with (Directory.Build.props).</summary>
    public static string ReleaseVersion { get; } = ReadReleaseVersion();

    /// <summary>The version the packages of this run have.</summary>
    public static string Version { get; } = $"{ReleaseVersion}-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    /// <summary>Lets a child process restore this run's LiveScore.* packages from this feed, wherever it builds.</summary>
    public static void Apply(ProcessStartInfo start)
    {
        start.Environment["RestoreAdditionalProjectSources"] = Folder;
        start.Environment["LiveScorePackagesVersion"] = Version;
    }

    private static string Pack()
    {
        var folder = Directory.CreateTempSubdirectory("livescore-feed-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Clean(folder);
        // The packable projects of LiveScore.slnx; packing the solution would also build these tests.
        foreach (var project in new[] { "LiveScore.Templates.csproj", "content/LiveScore.Lambda/LiveScore.Lambda.csproj", "content/LiveScore.LocalCloud/LiveScore.LocalCloud.csproj" })
        {
            var pack = Dotnet.Run(RepositoryPaths.Root, TimeSpan.FromMinutes(5), "pack", project, "-c", "Release", "-o", folder, "-v", "q", $"-p:Version={Version}");
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException(pack.ToString());
            }
        }
        return folder;
    }

    // The feed, and this run's copies in NuGet's global packages folder: nobody else uses this version.
    private static void Clean(string folder)
    {
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var directory in new[] { folder, Path.Combine(globalPackages, "livescore.lambda", Version), Path.Combine(globalPackages, "livescore.localcloud", Version) })
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static string ReadReleaseVersion()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        return props.Descendants("Version").Single().Value;
    }
}
