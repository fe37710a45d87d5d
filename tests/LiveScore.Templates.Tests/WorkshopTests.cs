using LiveScore.Templates.Tests.Infrastructure;

namespace LiveScore.Templates.Tests;

/// <summary>--workshop gives the workshops' resource names and WORKSHOP.md; without it neither appears.</summary>
[Collection(TemplatePackCollection.Name)]
public class WorkshopTests(TemplatePackFixture pack)
{
    [Theory]
    [InlineData("--score", "Player", "FetchGameDetailsFunction", "## GameEventPlayerLiveScore")]
    [InlineData("--order --score false", "FileMetaData", "processFileUpload", "## Serverless Order Notification System")]
    [InlineData("--chat --score false", "chatDetails", "WebSocketSendMessage", "## WebSocket chat")]
    public void Workshop_names_and_the_step_map_come_with_the_option_only(string options, string table, string function, string section)
    {
        using var parent = new TempDirectory("livescore-workshop-");
        var workshop = pack.Generate(Path.Combine(parent.Path, "on"), "Arena", ["--workshop", .. options.Split(' ')]);
        var designed = pack.Generate(Path.Combine(parent.Path, "off"), "Arena", options.Split(' '));

        var map = File.ReadAllText(Path.Combine(workshop, "WORKSHOP.md"));
        Assert.Contains(section, map, StringComparison.Ordinal);
        Assert.DoesNotContain("#if", map, StringComparison.Ordinal);
        Assert.Equal(options.Contains("--chat", StringComparison.Ordinal), map.Contains("## WebSocket chat", StringComparison.Ordinal));
        var catalogs = string.Concat(Directory.GetFiles(Path.Combine(workshop, "src", "Arena.Functions"), "*Catalog.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains($"\"{table}\"", catalogs, StringComparison.Ordinal);
        Assert.Contains($"Name = \"{function}\"", catalogs, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(designed, "WORKSHOP.md")));
        var designedCatalogs = string.Concat(Directory.GetFiles(Path.Combine(designed, "src", "Arena.Functions"), "*Catalog.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain($"Name = \"{function}\"", designedCatalogs, StringComparison.Ordinal);
    }
}
