using System.Diagnostics;
using System.Text.Json;
using LiveScore.Templates.Tests.Infrastructure;

namespace LiveScore.Templates.Tests;

/// <summary>The full sample's infrastructure synthesizes with the real CDK CLI, offline and without an AWS account.</summary>
[Collection(TemplatePackCollection.Name)]
public sealed class CdkSynthTests
{
    [Fact]
    public async Task Full_sample_synthesizes_with_the_cdk_cli()
    {
        using var work = new TempDirectory("livescore-synth-");
        var asset = Directory.CreateDirectory(Path.Combine(work.Path, "asset")).FullName;
        await File.WriteAllTextAsync(Path.Combine(asset, "bootstrap"), "stand-in for the published executable");
        var output = Path.Combine(work.Path, "cdk.out");
        var start = new ProcessStartInfo("npx")
        {
            WorkingDirectory = Path.Combine(RepositoryPaths.Samples, "Full", "infra"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--yes", "aws-cdk@2", "synth", "--quiet", "--no-notices", "-o", output, "-c", $"functionsAsset={asset}" })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"] = "20";
        start.Environment["CDK_DISABLE_CLI_TELEMETRY"] = "true";
        LocalFeed.Apply(start);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"cdk synth exited {process.ExitCode}:\n{await stdout}\n{await stderr}");
        var template = Directory.GetFiles(output, "*.template.json").Single();
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(template));
        var types = json.RootElement.GetProperty("Resources").EnumerateObject().Select(r => r.Value.GetProperty("Type").GetString()).ToList();
        Assert.Contains("AWS::Lambda::EventSourceMapping", types);
        Assert.Contains("AWS::ApiGatewayV2::Api", types);
        Assert.Contains("AWS::DynamoDB::Table", types);
        Assert.Contains("AWS::SNS::Topic", types);
    }
}
