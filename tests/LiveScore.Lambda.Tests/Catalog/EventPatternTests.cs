using System.Text.Json.Nodes;
using LiveScore.Lambda.Catalog;

namespace LiveScore.Lambda.Tests.Catalog;

/// <summary>EventBridge's exact-value matching rules, one per case.</summary>
public class EventPatternTests
{
    [Theory]
    [InlineData("""{"a":["x","y"]}""", """{"a":"y","b":"ignored"}""", true)]
    [InlineData("""{"a":["x"]}""", """{"a":"X"}""", false)]
    [InlineData("""{"a":["x"]}""", """{"b":"x"}""", false)]
    [InlineData("""{"a":["x"]}""", """{"a":["w","x"]}""", true)]
    [InlineData("""{"a":["x"]}""", """{"a":["w","z"]}""", false)]
    [InlineData("""{"a":["x"]}""", """{"a":{"x":1}}""", false)]
    [InlineData("""{"a":[5]}""", """{"a":5}""", true)]
    [InlineData("""{"a":["5"]}""", """{"a":5}""", false)]
    [InlineData("""{"a":[null]}""", """{"a":null}""", true)]
    [InlineData("""{"a":[true]}""", """{"a":true}""", true)]
    [InlineData("""{"a":{"b":["x"]}}""", """{"a":{"b":"x","c":"d"}}""", true)]
    [InlineData("""{"a":{"b":["x"]}}""", """{"a":"x"}""", false)]
    [InlineData("""{"a":["x"],"b":["y"]}""", """{"a":"x","b":"z"}""", false)]
    [InlineData("""{}""", """{"a":"x"}""", true)]
    public void Matches_as_EventBridge_does(string pattern, string @event, bool matches)
    {
        Assert.Equal(matches, EventPattern.Matches(JsonNode.Parse(pattern)!.AsObject(), JsonNode.Parse(@event)));
    }

    [Fact]
    public void A_content_filter_is_refused_by_name_rather_than_matched_wrongly()
    {
        var pattern = JsonNode.Parse("""{"a":[{"prefix":"x"}]}""")!.AsObject();

        var error = Assert.Throws<NotSupportedException>(() => EventPattern.Matches(pattern, JsonNode.Parse("""{"a":"xyz"}""")));

        Assert.Contains("'prefix'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }
}
