using LiveScore.Templates.Tests.Infrastructure;

namespace LiveScore.Templates.Tests;

[Collection(TemplatePackCollection.Name)]
public class BadInputTests(TemplatePackFixture pack)
{
    [Theory]
    [InlineData("--chat", "maybe")]
    [InlineData("--no-such-option", "true")]
    [InlineData("--architecture", "sparc")]
    public void Invalid_input_exits_non_zero_and_creates_nothing(string option, string value)
    {
        using var parent = new TempDirectory("livescore-bad-");
        var output = Path.Combine(parent.Path, "Arena");

        var result = pack.New(parent.Path, "-n", "Arena", "-o", output, "--no-restore", option, value);

        Assert.True(result.ExitCode != 0, result.ToString());
        // The error names what is wrong: the unknown option, or the value that does not fit.
        Assert.True(result.Output.Contains(option, StringComparison.Ordinal) || result.Output.Contains(value, StringComparison.Ordinal), result.ToString());
        Assert.False(Directory.Exists(output), "an output folder was created for invalid input");
        Assert.Empty(Directory.EnumerateFileSystemEntries(parent.Path));
    }

    [Fact]
    public void Existing_output_is_not_overwritten_without_force()
    {
        using var parent = new TempDirectory("livescore-exists-");
        var output = pack.Generate(parent.Path, "Arena", []);
        var readme = Path.Combine(output, "README.md");
        File.WriteAllText(readme, "mine");

        var again = pack.New(parent.Path, "-n", "Arena", "-o", output, "--no-restore");

        Assert.True(again.ExitCode != 0, again.ToString());
        Assert.Equal("mine", File.ReadAllText(readme));
    }
}
