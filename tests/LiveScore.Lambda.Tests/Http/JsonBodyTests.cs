using System.Text;
using LiveScore.Lambda.Http;

namespace LiveScore.Lambda.Tests.Http;

public class JsonBodyTests
{
    [Fact]
    public void An_object_parses_without_errors()
    {
        var errors = new ValidationErrors();

        using var document = JsonBody.ParseObject(Encoding.UTF8.GetBytes("""{"name":"Ada","tags":{"a":1,"b":2}}"""), errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal("Ada", document!.RootElement.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("""{"name":"Ada","name":"Bob"}""", "a property repeated")]
    [InlineData("""{"tags":{"a":1,"a":2}}""", "a property repeated")]
    [InlineData("""[{"name":"Ada"}]""", "A JSON object is required, not Array.")]
    [InlineData("""{"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":1}}}}}}}}}""", "nested deeper than 8 levels")]
    [InlineData("", "A JSON object is required.")]
    public void Anything_else_is_a_body_error_saying_what_is_wrong(string body, string message)
    {
        var errors = new ValidationErrors();

        var document = JsonBody.ParseObject(Encoding.UTF8.GetBytes(body), errors);

        Assert.Null(document);
        Assert.Contains(message, Assert.Single(errors.ToDictionary()["body"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_errors_read_as_one_line_field_by_field()
    {
        var errors = new ValidationErrors();
        errors.Add("name", "Is required.");
        errors.Add("score", "Must be an integer.");
        errors.Add("name", "Too short.");

        Assert.Equal("name: Is required. Too short. score: Must be an integer.", errors.ToString());
    }
}
