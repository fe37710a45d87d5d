using System.Text.RegularExpressions;
using LiveScore.Templates.Tests.Infrastructure;

namespace LiveScore.Templates.Tests;

/// <summary>The committed samples are exactly what the template generates today, and their own tests pass.</summary>
[Collection(TemplatePackCollection.Name)]
public class SampleTests(TemplatePackFixture pack)
{
    private const string RefreshCommand = "samples/refresh.sh";

    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(RepositoryPaths.Samples, "samples.txt")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split(' ', 2);
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_matches_a_fresh_generation(string sample, string arguments)
    {
        using var fresh = new TempDirectory("livescore-sample-");
        var output = Path.Combine(fresh.Path, sample);
        var result = pack.New(fresh.Path, ["-o", output, "--no-restore", .. arguments.Split(' ')]);
        Assert.True(result.ExitCode == 0, result.ToString());

        var committed = Path.Combine(RepositoryPaths.Samples, sample);
        var differences = Compare(committed, output);

        Assert.True(differences.Count == 0,
            $"samples/{sample} differs from what the template generates now; run `{RefreshCommand}` and commit:\n" + string.Join('\n', differences));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_tests_pass(string sample, string arguments)
    {
        _ = arguments;
        var folder = Path.Combine(RepositoryPaths.Samples, sample);

        var test = Dotnet.Run(folder, TimeSpan.FromMinutes(15), "test", Directory.GetFiles(folder, "*.slnx").Single());

        Assert.True(test.ExitCode == 0, test.ToString());
        Assert.Contains("Passed!", test.Output, StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            // CI provides everything the samples' tests need (DynamoDB Local included): nothing may be skipped there.
            Assert.All(Regex.Matches(test.Output, @"Skipped:\s+(\d+)"), m => Assert.Equal("0", m.Groups[1].Value));
        }
    }

    private static List<string> Compare(string committed, string generated)
    {
        var committedFiles = Directory.Exists(committed) ? GeneratedTree.Files(committed) : [];
        var generatedFiles = GeneratedTree.Files(generated);
        var differences = new List<string>();
        differences.AddRange(generatedFiles.Except(committedFiles).Select(f => "missing from the sample: " + f));
        differences.AddRange(committedFiles.Except(generatedFiles).Select(f => "not generated any more: " + f));
        foreach (var file in committedFiles.Intersect(generatedFiles))
        {
            if (!File.ReadAllBytes(Path.Combine(committed, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(generated, file))))
            {
                differences.Add("changed: " + file);
            }
        }
        return differences;
    }
}
