using LiveScore.Templates.Tests.Infrastructure;

namespace LiveScore.Templates.Tests;

/// <summary>Names with dots and dashes give consistent paths and valid namespaces.</summary>
[Collection(TemplatePackCollection.Name)]
public class NameTests(TemplatePackFixture pack)
{
    [Theory]
    [InlineData("My.Game", "My.Game", "")]
    [InlineData("my-game", "my_game", "--aot false --architecture x86_64")]
    public void Dotted_and_dashed_names_build_with_every_option(string name, string expectedNamespace, string buildOptions)
    {
        using var parent = new TempDirectory("livescore-names-");
        var output = pack.Generate(parent.Path, name, ["--order", "--chat", "--datalake", "--audit", .. buildOptions.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.True(File.Exists(Path.Combine(output, name + ".slnx")));
        var functions = Path.Combine(output, "src", name + ".Functions");
        Assert.True(File.Exists(Path.Combine(functions, name + ".Functions.csproj")));
        var slnx = File.ReadAllText(Path.Combine(output, name + ".slnx"));
        Assert.Contains($"src/{name}.Functions/{name}.Functions.csproj", slnx, StringComparison.Ordinal);
        Assert.Contains($"namespace {expectedNamespace}.Functions", File.ReadAllText(Path.Combine(functions, "Score", "ScoreCatalog.cs")), StringComparison.Ordinal);

        var functionsProject = File.ReadAllText(Path.Combine(functions, name + ".Functions.csproj"));
        var jit = buildOptions.Contains("--aot false", StringComparison.Ordinal);
        Assert.Equal(!jit, functionsProject.Contains("<PublishAot>true</PublishAot>", StringComparison.Ordinal));
        Assert.Contains(jit ? "linux-x64" : "linux-arm64", functionsProject, StringComparison.Ordinal);
        Assert.DoesNotContain(jit ? "linux-arm64" : "linux-x64", functionsProject, StringComparison.Ordinal);

        var build = Dotnet.Run(output, TimeSpan.FromMinutes(10), "build", name + ".slnx");
        Assert.True(build.ExitCode == 0 && build.Output.Contains(" 0 Warning(s)", StringComparison.Ordinal), build.ToString());
    }
}
