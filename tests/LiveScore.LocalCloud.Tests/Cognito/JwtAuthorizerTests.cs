using System.Text;
using System.Text.Json;
using LiveScore.LocalCloud.Cognito;
using LiveScore.LocalCloud.HttpApi;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace LiveScore.LocalCloud.Tests.Cognito;

/// <summary>The local JWT authorizer takes what API Gateway's takes from a Cognito user pool, and nothing else.</summary>
public sealed class JwtAuthorizerTests : IDisposable
{
    private const string Issuer = "http://127.0.0.1:5080/_aws/cognito-idp/us-east-1_localpool";
    private string _issuer = Issuer;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly UserPoolTokens _tokens;
    private readonly LocalUserPool _pool;
    private readonly JwtAuthorizer _authorizer;
    private readonly LocalUser _user;

    public JwtAuthorizerTests()
    {
        _tokens = new UserPoolTokens(() => _issuer, _clock);
        _pool = new LocalUserPool(_tokens, "local-pages");
        _authorizer = new JwtAuthorizer(_pool, _clock);
        _user = _pool.SignUp("local-pages", "ana@example.com", "Local-Passw0rd");
    }

    [Theory]
    [InlineData("access", "Bearer ")]
    [InlineData("id", "Bearer ")]
    [InlineData("access", "")]
    public void A_token_of_the_pool_for_its_client_passes_with_its_claims(string use, string prefix)
    {
        var (id, access, _) = _pool.SignIn("local-pages", "ana@example.com", "Local-Passw0rd");

        var (claims, refusal) = _authorizer.Check(Request(prefix + (use == "id" ? id : access)));

        Assert.Null(refusal);
        Assert.Equal(_user.Sub, claims!.Value.GetProperty("sub").GetString());
        Assert.Equal(use, claims.Value.GetProperty("token_use").GetString());
        Assert.Equal(Issuer, claims.Value.GetProperty("iss").GetString());
    }

    [Fact]
    public void The_event_carries_every_claim_as_text_under_jwt_claims()
    {
        var (_, access, _) = _pool.SignIn("local-pages", "ana@example.com", "Local-Passw0rd");
        var (claims, _) = _authorizer.Check(Request("Bearer " + access));

        var context = JwtAuthorizer.Context(claims!.Value);

        var passed = context.GetProperty("jwt").GetProperty("claims");
        Assert.Equal(_user.Sub, passed.GetProperty("sub").GetString());
        Assert.Equal(JsonValueKind.String, passed.GetProperty("exp").ValueKind);
        Assert.Equal(claims.Value.GetProperty("exp").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), passed.GetProperty("exp").GetString());
        Assert.Equal(JsonValueKind.Null, context.GetProperty("jwt").GetProperty("scopes").ValueKind);
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "missing", "the Authorization header is missing" },
        { "not a token", "not signed by this user pool" },
        { "claims changed", "not signed by this user pool" },
        { "another pool's key", "not signed by this user pool" },
        { "unsigned (alg none)", "not signed by this user pool" },
        { "expired", "the token has expired" },
        { "another client", "not meant for this API's audience" },
        { "another issuer", "the token's issuer is not" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Anything_else_is_refused_naming_why(string forgery, string why)
    {
        var (_, access, _) = _pool.SignIn("local-pages", "ana@example.com", "Local-Passw0rd");
        using var otherTokens = new UserPoolTokens(() => Issuer, _clock);
        var parts = access.Split('.');
        var token = forgery switch
        {
            "missing" => null,
            "not a token" => "hello",
            "claims changed" => $"{parts[0]}.{Swap(parts[1], _user.Sub, Guid.NewGuid().ToString())}.{parts[2]}",
            "another pool's key" => otherTokens.Issue(_user, "local-pages").AccessToken,
            "unsigned (alg none)" => $"{Convert.ToBase64String("{\"alg\":\"none\"}"u8).TrimEnd('=')}.{parts[1]}.",
            "expired" => access,
            "another client" => _tokens.Issue(_user, "someone-else").AccessToken,
            _ => access,
        };
        if (forgery == "expired")
        {
            _clock.Advance(UserPoolTokens.Lifetime + TimeSpan.FromSeconds(1));
        }
        if (forgery == "another issuer")
        {
            // Signed by this pool's key, but the pool now answers to another URL: only the iss claim is wrong.
            _issuer = "http://localhost:5080/_aws/cognito-idp/us-east-1_localpool";
        }

        var (claims, refusal) = _authorizer.Check(Request(token));

        Assert.Null(claims);
        Assert.Contains(why, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_in_refuses_a_wrong_password_and_an_unknown_user_alike()
    {
        var wrong = Assert.Throws<CognitoException>(() => _pool.SignIn("local-pages", "ana@example.com", "Wrong-Passw0rd"));
        var unknown = Assert.Throws<CognitoException>(() => _pool.SignIn("local-pages", "bob@example.com", "Local-Passw0rd"));

        Assert.Equal(("NotAuthorizedException", wrong.Message), (unknown.Type, unknown.Message));
    }

    [Theory]
    [InlineData("ana@example.com", "Other-Passw0rd", "UsernameExistsException")]
    [InlineData("not an email", "Local-Passw0rd", "InvalidParameterException")]
    [InlineData("eve@example.com\u0000", "Local-Passw0rd", "InvalidParameterException")]
    [InlineData("eve@example.com", "Short-1", "InvalidPasswordException")]
    [InlineData("eve@example.com", "lower-passw0rd", "InvalidPasswordException")]
    [InlineData("eve@example.com", "NoSymbolPassw0rd", "InvalidPasswordException")]
    public void Sign_up_refuses_what_the_deployed_pool_refuses(string username, string password, string type)
    {
        var refused = Assert.Throws<CognitoException>(() => _pool.SignUp("local-pages", username, password));

        Assert.Equal(type, refused.Type);
        Assert.Throws<CognitoException>(() => _pool.SignIn("local-pages", username, password));
    }

    [Fact]
    public void A_client_the_pool_does_not_have_is_refused()
    {
        var refused = Assert.Throws<CognitoException>(() => _pool.SignUp("guess", "eve@example.com", "Local-Passw0rd"));

        Assert.Equal("ResourceNotFoundException", refused.Type);
    }

    public void Dispose() => _tokens.Dispose();

    private static string Swap(string part, string from, string to) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Decode(part).Replace(from, to, StringComparison.Ordinal))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Decode(string part) =>
        Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(part));

    private static HttpRequest Request(string? authorization)
    {
        var http = new DefaultHttpContext();
        if (authorization is not null)
        {
            http.Request.Headers.Authorization = authorization;
        }
        return http.Request;
    }
}
