using System.Text.RegularExpressions;
using LiveScore.Templates.Tests.Infrastructure;

namespace LiveScore.Templates.Tests;

/// <summary>Every feature combination generates the folders its options ask for, and nothing of the template machinery is left.</summary>
public partial class GenerationTests(GeneratedCombinationsFixture combos) : IClassFixture<GeneratedCombinationsFixture>
{
    public static TheoryData<string> Labels()
    {
        var data = new TheoryData<string>();
        foreach (var selection in Features.Combinations())
        {
            data.Add(Features.Label(selection));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void Feature_folders_follow_the_options(string label)
    {
        var (selection, path) = combos.Outputs[label];
        var effective = Features.Effective(selection);
        var directories = GeneratedTree.Directories(path);
        var sourceDirectories = GeneratedTree.Directories(RepositoryPaths.TemplateSource);

        foreach (var feature in Features.All)
        {
            // Every folder the template source has for this feature (in any project) appears exactly when the feature is on.
            var expected = sourceDirectories.Where(d => IsFeatureFolder(d, feature)).Select(ToGeneratedName).ToList();
            var actual = directories.Where(d => IsFeatureFolder(d, feature)).ToList();
            if (effective.Contains(feature.Option))
            {
                Assert.Equal(expected.Order(), actual.Order());
            }
            else
            {
                Assert.Empty(actual);
            }
        }

        Assert.Equal(effective.Contains("score"), Directory.Exists(Path.Combine(path, "src", "Arena.Functions", "Score")));
        Assert.True(File.Exists(Path.Combine(path, "Arena.slnx")));
        Assert.True(File.Exists(Path.Combine(path, "README.md")));
        Assert.True(File.Exists(Path.Combine(path, ".github", "workflows", "ci.yml")));
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void No_template_marker_or_source_name_is_left(string label)
    {
        var (_, path) = combos.Outputs[label];
        foreach (var file in GeneratedTree.Files(path))
        {
            Assert.DoesNotMatch(SourceName(), file);
            var text = File.ReadAllText(Path.Combine(path, file));
            Assert.False(SourceName().IsMatch(text), $"{file} still contains the template source name");
            Assert.False(EngineMarker().IsMatch(text), $"{file} still contains a template directive: {EngineMarker().Match(text).Value}");
            if (file.EndsWith(".cs", StringComparison.Ordinal))
            {
                // A C# #if that survives generation must be a real compiler directive, balanced by its #endif.
                var ifs = CSharpIf().Matches(text).Count;
                var endifs = CSharpEndif().Matches(text).Count;
                Assert.True(ifs == endifs, $"{file}: {ifs} #if against {endifs} #endif");
            }
            Assert.False(TemplateIf().IsMatch(text), $"{file} still contains a template condition: {TemplateIf().Match(text).Value}");
        }
    }

    [Fact]
    public void Every_distinct_combination_builds_without_warnings()
    {
        // Combinations that produce the same compilable files are built once.
        var distinct = combos.Outputs.Values
            .GroupBy(o => GeneratedTree.BuildFingerprint(o.Path))
            .Select(g => g.First())
            .ToList();
        var failures = new List<string>();
        foreach (var (selection, path) in distinct)
        {
            var build = Dotnet.Run(path, TimeSpan.FromMinutes(10), "build", "Arena.slnx", "-c", "Release");
            if (build.ExitCode != 0 || !build.Output.Contains(" 0 Warning(s)", StringComparison.Ordinal))
            {
                failures.Add($"[{Features.Label(selection)}] {build}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(distinct.Count >= 2, $"only {distinct.Count} distinct variants: the options change nothing");
    }

    private static bool IsFeatureFolder(string relativeDirectory, Feature feature) =>
        relativeDirectory.Split('/')[^1] == feature.Folder || relativeDirectory == "web/" + feature.Option;

    private static string ToGeneratedName(string templateRelativePath) =>
        templateRelativePath.Replace("LiveScore.1", "Arena", StringComparison.Ordinal);

    [GeneratedRegex(@"livescore[._]+_?1", RegexOptions.IgnoreCase)]
    private static partial Regex SourceName();

    [GeneratedRegex(@"(//#if|<!--#if|<!--#else|<!--#endif|//#endif|//-:cnd|//\+:cnd)")]
    private static partial Regex EngineMarker();

    [GeneratedRegex(@"^\s*#if\b", RegexOptions.Multiline)]
    private static partial Regex CSharpIf();

    [GeneratedRegex(@"^\s*#endif\b", RegexOptions.Multiline)]
    private static partial Regex CSharpEndif();

    [GeneratedRegex(@"^\s*#(el)?if\s*\(", RegexOptions.Multiline)]
    private static partial Regex TemplateIf();
}
