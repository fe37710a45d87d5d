using System.Text.Json;

namespace LiveScore.Lambda.Tests.Events;

/// <summary>The round-trip tests are only as strong as this comparison, so it is tested too.</summary>
public class JsonSemanticsTests
{
    [Fact]
    public void Order_escaping_and_null_properties_do_not_count()
    {
        Assert.Empty(Differences("""{"a":"x\"<","b":[1,2],"c":null}""", """{"b":[1,2],"a":"x\u0022\u003C"}"""));
    }

    [Theory]
    [InlineData("""{"a":1,"b":2}""", """{"a":1}""", "$.b: missing")]
    [InlineData("""{"a":1}""", """{"a":1,"b":false}""", "$.b: unexpected")]
    [InlineData("""{"n":12345678901234567890.123456789}""", """{"n":1.2345678901234567E+19}""", "$.n: expected 12345678901234567890.123456789, got 1.2345678901234567E+19")]
    [InlineData("""{"n":"1"}""", """{"n":1}""", "$.n: expected String \"1\", got Number 1")]
    [InlineData("""{"l":[1,2]}""", """{"l":[2,1]}""", "$.l[0]: expected 1, got 2")]
    [InlineData("""{"l":[1,2]}""", """{"l":[1]}""", "$.l: expected 2 items, got 1")]
    [InlineData("""{"o":{"s":"a"}}""", """{"o":{"s":"b"}}""", "$.o.s: expected \"a\", got \"b\"")]
    [InlineData("""{"b":true}""", """{"b":false}""", "$.b: expected True true, got False false")]
    public void Reports_each_difference_with_its_path(string expected, string actual, string difference)
    {
        Assert.Contains(difference, Differences(expected, actual));
    }

    private static IReadOnlyList<string> Differences(string expected, string actual)
    {
        using var left = JsonDocument.Parse(expected);
        using var right = JsonDocument.Parse(actual);
        return JsonSemantics.Differences(left.RootElement, right.RootElement);
    }
}
