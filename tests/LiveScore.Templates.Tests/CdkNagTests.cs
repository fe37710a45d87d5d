using System.Diagnostics;
using System.Text.Json;
using LiveScore.Templates.Tests.Infrastructure;

namespace LiveScore.Templates.Tests;

/// <summary>
/// cdk-nag's AwsSolutions and Serverless packs (npm <c>cdk-nag</c>, run over each sample's synthesized template with
/// CfnInclude) find nothing that the resource's <c>cdk_nag</c> metadata does not answer with a written reason.
/// </summary>
[Collection(TemplatePackCollection.Name)]
public sealed class CdkNagTests
{
    [Fact]
    public async Task No_sample_has_a_cdk_nag_finding_without_a_written_reason()
    {
        using var work = new TempDirectory("livescore-nag-");
        var checker = InstallChecker(work.Path);
        var samples = SampleTests.Samples().Select(row => (string)row[0]).ToList();
        var templates = new string[samples.Count];
        await Parallel.ForAsync(0, samples.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (i, _) =>
            templates[i] = await Task.Run(() => Synthesize(samples[i], Path.Combine(work.Path, samples[i]))));

        var report = Node(checker, TimeSpan.FromMinutes(5), ["check-templates.mjs", .. templates]);

        using var findings = JsonDocument.Parse(report);
        var unexplained = findings.RootElement.EnumerateObject()
            .SelectMany(sample => sample.Value.EnumerateArray().Select(finding => (
                Sample: samples[Array.IndexOf(templates, sample.Name)],
                Rule: finding.GetProperty("rule").GetString()!,
                Resource: finding.GetProperty("resource").GetString()!,
                Description: finding.GetProperty("description").GetString()!)))
            .Select(finding => $"{finding.Sample}: {finding.Rule} on {finding.Resource}: {finding.Description}")
            .ToList();
        Assert.True(unexplained.Count == 0, "cdk-nag findings without a reason in the resource's cdk_nag metadata:\n" + string.Join('\n', unexplained));
    }

    /// <summary>Synthesizes a sample's stack with its CDK app (no CDK CLI, no AWS account) and returns the template.</summary>
    private static string Synthesize(string sample, string output)
    {
        var asset = Directory.CreateDirectory(Path.Combine(output, "asset")).FullName;
        File.WriteAllText(Path.Combine(asset, "bootstrap"), "stand-in for the published executable");
        var infra = Path.Combine(RepositoryPaths.Samples, sample, "infra");
        var environment = new Dictionary<string, string>
        {
            ["CDK_OUTDIR"] = Path.Combine(output, "cdk.out"),
            ["CDK_CONTEXT_JSON"] = JsonSerializer.Serialize(new Dictionary<string, string> { ["functionsAsset"] = asset }),
            ["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"] = "20",
        };
        var project = Directory.GetDirectories(infra, "*.Infra").Single();
        var synth = Dotnet.Run(infra, TimeSpan.FromMinutes(10), environment, "run", "--project", project);
        Assert.True(synth.ExitCode == 0, synth.ToString());
        return Directory.GetFiles(Path.Combine(output, "cdk.out"), "*.template.json").Single();
    }

    /// <summary>Puts the checker script and the npm packages it imports (versions pinned in its package.json) in a folder.</summary>
    private static string InstallChecker(string work)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "checker")).FullName;
        foreach (var file in new[] { "package.json", "check-templates.mjs" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "CdkNag", file), Path.Combine(folder, file));
        }
        Run("npm", folder, TimeSpan.FromMinutes(10), ["install", "--no-audit", "--no-fund", "--loglevel=error"]);
        return folder;
    }

    private static string Node(string folder, TimeSpan timeout, string[] arguments) => Run("node", folder, timeout, arguments);

    private static string Run(string command, string folder, TimeSpan timeout, string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"] = "20";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }
        process.WaitForExit();
        // cdk-nag prints each finding to standard error as well: only the exit code and the report matter here.
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}
