using System.Net.Http.Headers;
using System.Security.Cryptography;
using LiveScore.Lambda.Aws;

namespace LiveScore.Lambda.Tests.Aws;

/// <summary>
/// Known answers from AWS: the SigV4 test suite (credentials AKIDEXAMPLE, 2015-08-30T12:36:00Z, us-east-1,
/// service "service") and the IAM ListUsers example of the SigV4 documentation.
/// </summary>
public class SigV4SignerTests
{
    private const string EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static readonly AwsCredentials Example = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    private static readonly FixedClock SuiteTime = new(new DateTimeOffset(2015, 8, 30, 12, 36, 0, TimeSpan.Zero));

    private static readonly SigV4Signer SuiteSigner = new("us-east-1", "service", SuiteTime);

    [Fact]
    public async Task Get_vanilla()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.amazonaws.com/");

        var signed = await SuiteSigner.SignAsync(request, Example, CancellationToken.None);

        Assert.Equal(Lines("GET", "/", "", "host:example.amazonaws.com", "x-amz-date:20150830T123600Z", "", "host;x-amz-date", EmptyHash),
            signed.CanonicalRequest);
        Assert.Equal(Lines("AWS4-HMAC-SHA256", "20150830T123600Z", "20150830/us-east-1/service/aws4_request",
            "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"), signed.StringToSign);
        Assert.Equal("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", signed.Signature);
        Assert.Equal("20150830T123600Z", Assert.Single(request.Headers.GetValues("x-amz-date")));
        Assert.Equal(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, " +
            "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            request.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task Get_vanilla_query_order_key_case()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.amazonaws.com/?Param2=value2&Param1=value1");

        var signed = await SuiteSigner.SignAsync(request, Example, CancellationToken.None);

        Assert.Equal(Lines("GET", "/", "Param1=value1&Param2=value2", "host:example.amazonaws.com", "x-amz-date:20150830T123600Z", "",
            "host;x-amz-date", EmptyHash), signed.CanonicalRequest);
        Assert.Equal(Lines("AWS4-HMAC-SHA256", "20150830T123600Z", "20150830/us-east-1/service/aws4_request",
            "816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0"), signed.StringToSign);
        Assert.Equal("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500", signed.Signature);
    }

    [Fact]
    public async Task Post_x_www_form_urlencoded()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://example.amazonaws.com/")
        {
            Content = new ByteArrayContent("Param1=value1"u8.ToArray())
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") },
            },
        };

        var signed = await SuiteSigner.SignAsync(request, Example, CancellationToken.None);

        Assert.Equal(Lines("POST", "/", "", "content-type:application/x-www-form-urlencoded", "host:example.amazonaws.com",
            "x-amz-date:20150830T123600Z", "", "content-type;host;x-amz-date",
            "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e"), signed.CanonicalRequest);
        Assert.Equal(Lines("AWS4-HMAC-SHA256", "20150830T123600Z", "20150830/us-east-1/service/aws4_request",
            "42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281"), signed.StringToSign);
        Assert.Equal("ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a", signed.Signature);
    }

    [Fact]
    public async Task Get_vanilla_with_session_token_signs_the_token_header()
    {
        const string token = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267";
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.amazonaws.com/");

        var signed = await SuiteSigner.SignAsync(request, Example with { SessionToken = token }, CancellationToken.None);

        Assert.Equal(Lines("GET", "/", "", "host:example.amazonaws.com", "x-amz-date:20150830T123600Z", "x-amz-security-token:" + token, "",
            "host;x-amz-date;x-amz-security-token", EmptyHash), signed.CanonicalRequest);
        Assert.Equal("07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8", signed.Signature);
        Assert.Equal(token, Assert.Single(request.Headers.GetValues("x-amz-security-token")));
    }

    [Fact]
    public void Signing_key_of_the_documentation_example()
    {
        var key = SigV4Signer.SigningKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20150830", "us-east-1", "iam");

        Assert.Equal("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9", Convert.ToHexStringLower(key));
    }

    [Fact]
    public async Task Iam_list_users_example_of_the_documentation()
    {
        var signer = new SigV4Signer("us-east-1", "iam", SuiteTime);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08")
        {
            Content = new ByteArrayContent([])
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" } },
            },
        };

        var signed = await signer.SignAsync(request, Example, CancellationToken.None);

        Assert.Equal(Lines("GET", "/", "Action=ListUsers&Version=2010-05-08", "content-type:application/x-www-form-urlencoded; charset=utf-8",
            "host:iam.amazonaws.com", "x-amz-date:20150830T123600Z", "", "content-type;host;x-amz-date", EmptyHash), signed.CanonicalRequest);
        Assert.Equal(Lines("AWS4-HMAC-SHA256", "20150830T123600Z", "20150830/us-east-1/iam/aws4_request",
            "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59"), signed.StringToSign);
        Assert.Equal("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7", signed.Signature);
    }

    [Fact]
    public async Task Escaped_path_segments_are_escaped_again_and_ports_stay_in_the_host()
    {
        var signer = new SigV4Signer("eu-west-1", "execute-api", SuiteTime);
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:5080/prod/@connections/L0SM9cOFvHcCIhw%3D");

        var signed = await signer.SignAsync(request, Example, CancellationToken.None);

        var lines = signed.CanonicalRequest.Split('\n');
        Assert.Equal("/prod/%40connections/L0SM9cOFvHcCIhw%253D", lines[1]);
        Assert.Equal("host:127.0.0.1:5080", lines[3]);
    }

    [Fact]
    public async Task Payload_hash_header_is_sent_and_signed_when_asked_for()
    {
        var signer = new SigV4Signer("us-east-1", "s3", SuiteTime, sendPayloadHash: true);
        using var request = new HttpRequestMessage(HttpMethod.Put, "https://bucket.s3.amazonaws.com/key")
        {
            Content = new ByteArrayContent("hello"u8.ToArray()),
        };

        var signed = await signer.SignAsync(request, Example, CancellationToken.None);

        var hash = Convert.ToHexStringLower(SHA256.HashData("hello"u8));
        Assert.Equal(hash, Assert.Single(request.Headers.GetValues("x-amz-content-sha256")));
        Assert.Contains("x-amz-content-sha256:" + hash + "\n", signed.CanonicalRequest);
        Assert.Contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date,", request.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task Payload_hash_header_is_not_sent_by_default()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.amazonaws.com/");

        await SuiteSigner.SignAsync(request, Example, CancellationToken.None);

        Assert.False(request.Headers.Contains("x-amz-content-sha256"));
    }

    [Fact]
    public async Task Signing_again_replaces_the_date_and_signature()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.amazonaws.com/");
        await new SigV4Signer("us-east-1", "service", new FixedClock(new DateTimeOffset(2014, 1, 1, 0, 0, 0, TimeSpan.Zero)))
            .SignAsync(request, Example, CancellationToken.None);

        var signed = await SuiteSigner.SignAsync(request, Example, CancellationToken.None);

        Assert.Equal("20150830T123600Z", Assert.Single(request.Headers.GetValues("x-amz-date")));
        Assert.Equal("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", signed.Signature);
    }

    [Fact]
    public void Credentials_never_print_the_secret()
    {
        var printed = (Example with { SessionToken = "session-token-value" }).ToString();

        Assert.Contains("AKIDEXAMPLE", printed);
        Assert.DoesNotContain(Example.SecretAccessKey, printed);
        Assert.DoesNotContain("session-token-value", printed);
    }

    private static string Lines(params string[] lines) => string.Join('\n', lines);
}
