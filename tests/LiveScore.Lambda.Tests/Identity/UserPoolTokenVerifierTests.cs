using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using LiveScore.Lambda.Identity;
using Microsoft.Extensions.Time.Testing;

namespace LiveScore.Lambda.Tests.Identity;

/// <summary>A token passes only when the pool signed it for the client and it has not expired; the key set is read sparingly.</summary>
public sealed class UserPoolTokenVerifierTests : IDisposable
{
    private const string Issuer = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_pool";
    private readonly RSA _key = RSA.Create(2048);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly KeySetServer _server;
    private readonly HttpClient _http;
    private readonly UserPoolTokenVerifier _verifier;

    public UserPoolTokenVerifierTests()
    {
        _server = new KeySetServer(_key, "key-1");
        _http = new HttpClient(_server);
        _verifier = new UserPoolTokenVerifier(_http, Issuer, "pages", _clock);
    }

    [Theory]
    [InlineData("access")]
    [InlineData("id")]
    public async Task A_token_of_the_pool_for_the_client_gives_its_user_id(string use)
    {
        var token = Token(Claims(use));

        Assert.Equal("user-1", await _verifier.UserIdAsync(token, CancellationToken.None));
        Assert.Equal(["/eu-west-1_pool/.well-known/jwks.json"], _server.Requests);
    }

    public static TheoryData<string> Forgeries => ["expired", "other client", "other issuer", "changed claims", "other key", "alg none", "refresh token", "garbage"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Anything_else_gives_no_user(string forgery)
    {
        using var other = RSA.Create(2048);
        var good = Token(Claims("access"));
        var token = forgery switch
        {
            "expired" => Token(Claims("access", expiresIn: -1)),
            "other client" => Token(Claims("access", clientId: "someone-else")),
            "other issuer" => Token(Claims("access", issuer: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_other")),
            "changed claims" => $"{good.Split('.')[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Claims("access").Replace("user-1", "user-2", StringComparison.Ordinal)))}.{good.Split('.')[2]}",
            "other key" => Token(Claims("access"), other),
            "alg none" => $"{Base64Url.EncodeToString("{\"alg\":\"none\",\"kid\":\"key-1\"}"u8)}.{good.Split('.')[1]}.",
            "refresh token" => Token(Claims("refresh")),
            _ => "not.a.token",
        };

        Assert.Null(await _verifier.UserIdAsync(token, CancellationToken.None));
    }

    [Fact]
    public async Task An_unknown_key_id_reads_the_set_again_at_most_once_a_minute()
    {
        await _verifier.UserIdAsync(Token(Claims("access")), CancellationToken.None);
        await _verifier.UserIdAsync(Token(Claims("access"), keyId: "key-2"), CancellationToken.None);
        await _verifier.UserIdAsync(Token(Claims("access"), keyId: "key-2"), CancellationToken.None);
        Assert.Single(_server.Requests);

        _clock.Advance(UserPoolTokenVerifier.KeyRefreshInterval);
        _server.KeyId = "key-2";
        var rotated = await _verifier.UserIdAsync(Token(Claims("access", expiresIn: 3600), keyId: "key-2"), CancellationToken.None);

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal("user-1", rotated);
    }

    public void Dispose()
    {
        _http.Dispose();
        _key.Dispose();
    }

    private string Claims(string use, string clientId = "pages", string issuer = Issuer, int expiresIn = 3600)
    {
        var exp = _clock.GetUtcNow().ToUnixTimeSeconds() + expiresIn;
        return use == "id"
            ? $$"""{"sub":"user-1","iss":"{{issuer}}","aud":"{{clientId}}","token_use":"id","exp":{{exp}}}"""
            : $$"""{"sub":"user-1","iss":"{{issuer}}","client_id":"{{clientId}}","token_use":"{{use}}","exp":{{exp}}}""";
    }

    private string Token(string claims, RSA? key = null, string keyId = "key-1")
    {
        var header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($$"""{"kid":"{{keyId}}","alg":"RS256"}"""));
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(claims));
        var signature = (key ?? _key).SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>Serves the pool's key set under the key id it is told, and remembers each request.</summary>
    private sealed class KeySetServer(RSA key, string keyId) : HttpMessageHandler
    {
        public string KeyId { get; set; } = keyId;

        public List<string> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!.AbsolutePath);
            var parameters = key.ExportParameters(false);
            var set = $$"""{"keys":[{"kty":"RSA","alg":"RS256","use":"sig","kid":"{{KeyId}}","n":"{{Base64Url.EncodeToString(parameters.Modulus)}}","e":"{{Base64Url.EncodeToString(parameters.Exponent)}}"}]}""";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(set, Encoding.UTF8, "application/json") });
        }
    }
}
