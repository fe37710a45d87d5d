using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LiveScore.LocalCloud.Cognito;

/// <summary>
/// The local user pool's JSON Web Tokens, shaped as Amazon Cognito's: RS256-signed with a key made at start (so tokens
/// do not outlive the local cloud), an id token (<c>token_use</c> id, <c>aud</c> = the client) and an access token
/// (<c>token_use</c> access, <c>client_id</c> = the client), valid for an hour. The public key is served as a JWKS.
/// </summary>
/// <param name="issuer">The <c>iss</c> claim: the pool's URL (<c>{local cloud}/_aws/cognito-idp/{pool id}</c>), read when a token is made or checked.</param>
public sealed class UserPoolTokens(Func<string> issuer, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly RSA _key = RSA.Create(2048);
    private readonly string _keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public string Issuer => issuer();

    /// <summary>The id and access tokens of one sign-in.</summary>
    public (string IdToken, string AccessToken) Issue(LocalUser user, string clientId)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var expires = now + (long)Lifetime.TotalSeconds;
        var session = Guid.NewGuid().ToString();
        var id = Sign(writer =>
        {
            writer.WriteString("sub", user.Sub);
            writer.WriteBoolean("email_verified", true);
            writer.WriteString("iss", Issuer);
            writer.WriteString("cognito:username", user.Sub);
            writer.WriteString("origin_jti", session);
            writer.WriteString("aud", clientId);
            writer.WriteString("token_use", "id");
            writer.WriteNumber("auth_time", now);
            writer.WriteNumber("exp", expires);
            writer.WriteNumber("iat", now);
            writer.WriteString("jti", Guid.NewGuid().ToString());
            writer.WriteString("email", user.Email);
        });
        var access = Sign(writer =>
        {
            writer.WriteString("sub", user.Sub);
            writer.WriteString("iss", Issuer);
            writer.WriteString("client_id", clientId);
            writer.WriteString("origin_jti", session);
            writer.WriteString("token_use", "access");
            writer.WriteString("scope", "aws.cognito.signin.user.admin");
            writer.WriteNumber("auth_time", now);
            writer.WriteNumber("exp", expires);
            writer.WriteNumber("iat", now);
            writer.WriteString("jti", Guid.NewGuid().ToString());
            writer.WriteString("username", user.Sub);
        });
        return (id, access);
    }

    /// <summary>The claims of a token this pool signed; null when its header or signature is not this pool's.</summary>
    public JsonElement? Verify(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || Decode(parts[0]) is not { } header || Decode(parts[1]) is not { } payload || Decode(parts[2]) is not { } signature)
        {
            return null;
        }
        try
        {
            using var headerJson = JsonDocument.Parse(header);
            if (headerJson.RootElement.ValueKind != JsonValueKind.Object
                || !headerJson.RootElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != "RS256"
                || !headerJson.RootElement.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String || kid.GetString() != _keyId)
            {
                return null;
            }
            if (!_key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return null;
            }
            using var claims = JsonDocument.Parse(payload);
            return claims.RootElement.ValueKind == JsonValueKind.Object ? claims.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The public key as a JSON Web Key Set, as served at <c>{issuer}/.well-known/jwks.json</c>.</summary>
    public byte[] KeySet()
    {
        var key = _key.ExportParameters(includePrivateParameters: false);
        return Json(writer =>
        {
            writer.WriteStartArray("keys");
            writer.WriteStartObject();
            writer.WriteString("alg", "RS256");
            writer.WriteString("e", Base64Url.EncodeToString(key.Exponent));
            writer.WriteString("kid", _keyId);
            writer.WriteString("kty", "RSA");
            writer.WriteString("n", Base64Url.EncodeToString(key.Modulus));
            writer.WriteString("use", "sig");
            writer.WriteEndObject();
            writer.WriteEndArray();
        });
    }

    public void Dispose() => _key.Dispose();

    private string Sign(Action<Utf8JsonWriter> claims)
    {
        var header = Base64Url.EncodeToString(Json(writer =>
        {
            writer.WriteString("kid", _keyId);
            writer.WriteString("alg", "RS256");
        }));
        var payload = Base64Url.EncodeToString(Json(claims));
        var signature = _key.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>A JSON object written member by member.</summary>
    internal static byte[] Json(Action<Utf8JsonWriter> members)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            members(writer);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static byte[]? Decode(string part)
    {
        try
        {
            return Base64Url.DecodeFromChars(part);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
