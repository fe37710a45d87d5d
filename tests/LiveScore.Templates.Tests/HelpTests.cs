using LiveScore.Templates.Tests.Infrastructure;

namespace LiveScore.Templates.Tests;

[Collection(TemplatePackCollection.Name)]
public class HelpTests(TemplatePackFixture pack)
{
    [Theory]
    [InlineData("score", "DynamoDB", false)]
    [InlineData("order", "SNS", false)]
    [InlineData("chat", "WebSocket", false)]
    [InlineData("datalake", "S3", false)]
    [InlineData("audit", "CloudTrail", false)]
    public void Help_describes_each_feature_option_with_its_AWS_services_and_says_which_are_planned(string option, string service, bool planned)
    {
        var help = pack.New(Path.GetTempPath(), "--help");

        Assert.True(help.ExitCode == 0, help.ToString());
        var lines = help.Output.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimStart().StartsWith("--" + option + " ", StringComparison.Ordinal)
                                                || l.Contains(", --" + option + " ", StringComparison.Ordinal));
        Assert.True(start >= 0, $"--{option} is not listed:\n{help.Output}");
        var description = string.Join(' ', lines.Skip(start).TakeWhile((l, i) => i == 0 || !l.TrimStart().StartsWith('-')));
        Assert.Contains(service, description, StringComparison.Ordinal);
        Assert.Contains("Type: bool", description, StringComparison.Ordinal);
        Assert.Equal(planned, description.Contains("Planned", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_offers_no_restore_aot_architecture_and_auth()
    {
        var help = pack.New(Path.GetTempPath(), "--help");

        Assert.Contains("--no-restore", help.Output, StringComparison.Ordinal);
        Assert.Contains("--aot", help.Output, StringComparison.Ordinal);
        Assert.Contains("x86_64", help.Output, StringComparison.Ordinal);
        Assert.Contains("--auth", help.Output, StringComparison.Ordinal);
        Assert.Contains("--auth <iam|none>", help.Output, StringComparison.Ordinal);
    }
}
