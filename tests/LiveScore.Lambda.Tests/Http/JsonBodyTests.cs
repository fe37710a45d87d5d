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
    public void Invalid_utf8_anywhere_is_a_body_error_even_inside_a_name_the_parser_would_not_read()
    {
        var errors = new ValidationErrors();

        using var document = JsonBody.ParseObject(new byte[] { 0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D }, errors);

        Assert.Null(document);
        Assert.Equal("body: Must be UTF-8 encoded JSON.", errors.ToString());
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

public class JsonBodyRefusalTests
{
    [Theory]
    [InlineData("application/json", null)]
    [InlineData("application/json; charset=utf-8", null)]
    [InlineData("Application/JSON", null)]
    [InlineData("application/merge-patch+json", null)]
    [InlineData(null, null)]
    [InlineData("text/plain;charset=UTF-8", 415)]
    [InlineData("application/x-www-form-urlencoded", 415)]
    [InlineData("multipart/form-data; boundary=x", 415)]
    [InlineData("text/json+json", 415)]
    public void A_body_is_read_only_when_sent_as_json_or_without_a_content_type(string? contentType, int? status)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (contentType is not null) headers["Content-Type"] = contentType;

        var refusal = JsonBody.Refusal(new HttpRequestData("POST", "/x", new Dictionary<string, string>(), "{}"u8.ToArray()) { Headers = headers }, 100);

        Assert.Equal(status, refusal?.StatusCode);
        if (refusal is not null) Assert.Contains(contentType!, System.Text.Encoding.UTF8.GetString(refusal.Body), StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_over_the_limit_is_413_and_an_empty_body_is_never_415()
    {
        var form = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["content-type"] = "text/plain" };

        Assert.Equal(413, JsonBody.Refusal(new HttpRequestData("POST", "/x", new Dictionary<string, string>(), new byte[101]), 100)?.StatusCode);
        Assert.Null(JsonBody.Refusal(new HttpRequestData("DELETE", "/x", new Dictionary<string, string>(), default) { Headers = form }, 100));
    }
}

public class JsonFieldsTests
{
    [Theory]
    [InlineData("Ada Lovelace", true)]
    [InlineData("Zoë 🎮 李", true)]
    [InlineData("Ada\u0000", false)]
    [InlineData("Ada\nBcc: x", false)]
    [InlineData("tab\there", false)]
    [InlineData("esc\u001b[31m", false)]
    [InlineData("del\u007f", false)]
    [InlineData("c1\u0085", false)]
    public void Text_fields_refuse_control_characters(string value, bool accepted)
    {
        using var document = System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["name"] = value }));
        var errors = new ValidationErrors();

        var text = JsonFields.RequiredText(document.RootElement, "name", 100, errors);

        Assert.Equal(accepted, text is not null);
        Assert.Equal(accepted, errors.IsEmpty);
        if (!accepted) Assert.Contains("name: Must not contain control characters", errors.ToString(), StringComparison.Ordinal);
    }
}
