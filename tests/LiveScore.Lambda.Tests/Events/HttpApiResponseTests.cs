using System.Text;
using System.Text.Json;
using LiveScore.Lambda.Events;

namespace LiveScore.Lambda.Tests.Events;

public class HttpApiResponseTests
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0xFB, 0xFF];

    [Fact]
    public void Binary_response_with_cookies_has_the_payload_2_0_shape()
    {
        var response = HttpApiResponse.Binary(200, Png, "image/png") with
        {
            Cookies = ["session=3f9c2a7e; Path=/; Secure; HttpOnly", "theme=dark"],
        };

        var json = Payload.Serialize(response, HostingJsonContext.Default.HttpApiResponse);

        Assert.Equal(["statusCode", "headers", "cookies", "body", "isBase64Encoded"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(200, json.GetProperty("statusCode").GetInt32());
        Assert.Equal("image/png", json.GetProperty("headers").GetProperty("content-type").GetString());
        Assert.Equal(["session=3f9c2a7e; Path=/; Secure; HttpOnly", "theme=dark"],
            json.GetProperty("cookies").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("iVBORw0KGgr7/w==", json.GetProperty("body").GetString());
        Assert.True(json.GetProperty("isBase64Encoded").GetBoolean());
    }

    [Fact]
    public void Binary_body_decodes_back_to_the_same_bytes()
    {
        var written = JsonSerializer.SerializeToUtf8Bytes(HttpApiResponse.Binary(200, Png, "image/png"), HostingJsonContext.Default.HttpApiResponse);
        var read = JsonSerializer.Deserialize(written, HostingJsonContext.Default.HttpApiResponse)!;

        Assert.Equal(Png, read.BodyBytes());
        Assert.Equal(Png, Convert.FromBase64String(read.Body!));
    }

    [Fact]
    public void Json_response_carries_the_text_and_omits_unset_fields()
    {
        const string body = """{"title":"Not found","detail":"No game <g-99> & no \"score\""}""";

        var json = Payload.Serialize(HttpApiResponse.Json(404, body, "application/problem+json"), HostingJsonContext.Default.HttpApiResponse);

        Assert.Equal(["statusCode", "headers", "body", "isBase64Encoded"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(404, json.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/problem+json", json.GetProperty("headers").GetProperty("content-type").GetString());
        Assert.Equal(body, json.GetProperty("body").GetString());
        Assert.False(json.GetProperty("isBase64Encoded").GetBoolean());
        Assert.Equal(Encoding.UTF8.GetBytes(body), HttpApiResponse.Json(404, body).BodyBytes());
    }

    [Fact]
    public void Envelope_escapes_quotes_and_angle_brackets_yet_the_body_text_parses_back_unchanged()
    {
        // The encoder choice documented on HostingJsonContext: escapes in the envelope never reach the client.
        const string body = """{"note":"<b>\"Müller\"</b>"}""";

        var written = JsonSerializer.Serialize(HttpApiResponse.Json(200, body), HostingJsonContext.Default.HttpApiResponse);

        Assert.Contains(@"\u0022note\u0022", written);
        Assert.Contains(@"\u003Cb\u003E", written);
        using var parsed = JsonDocument.Parse(written);
        Assert.Equal(body, parsed.RootElement.GetProperty("body").GetString());
    }
}
