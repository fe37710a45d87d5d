using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LiveScore.Lambda.Identity;

/// <summary>
/// Checks a token of one Cognito user pool as API Gateway's JWT authorizer does: RS256-signed by a key of the pool's
/// JSON Web Key Set (<c>{issuer}/.well-known/jwks.json</c>, read once and again only for a key id it does not know),
/// issued by the pool, unexpired, and meant for the client: an access token's <c>client_id</c> or an id token's
/// <c>aud</c>. For what API Gateway cannot check itself, such as a WebSocket <c>$connect</c>.
/// </summary>
/// <param name="issuer">The pool's issuer URL, such as <c>https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc</c>.</param>
public sealed class UserPoolTokenVerifier(HttpClient http, string issuer, string clientId, TimeProvider clock)
{
    /// <summary>A key id the set does not know makes it read again at most this often.</summary>
    public static readonly TimeSpan KeyRefreshInterval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private Dictionary<string, RSAParameters> _keys = new(StringComparer.Ordinal);
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;

    /// <summary>The user id (<c>sub</c>) of a valid token; null for anything else.</summary>
    /// <exception cref="HttpRequestException">The key set could not be read.</exception>
    public async Task<string?> UserIdAsync(string token, CancellationToken cancellationToken)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || Decode(parts[0]) is not { } headerBytes || Decode(parts[1]) is not { } payloadBytes || Decode(parts[2]) is not { } signature)
        {
            return null;
        }
        try
        {
            using var header = JsonDocument.Parse(headerBytes);
            if (Text(header.RootElement, "alg") != "RS256" || Text(header.RootElement, "kid") is not { } keyId
                || await KeyAsync(keyId, cancellationToken) is not { } key)
            {
                return null;
            }
            using var rsa = RSA.Create(key);
            if (!rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return null;
            }
            using var payload = JsonDocument.Parse(payloadBytes);
            var claims = payload.RootElement;
            var audience = Text(claims, "token_use") switch
            {
                "access" => Text(claims, "client_id"),
                "id" => Text(claims, "aud"),
                _ => null,
            };
            var unexpired = claims.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var expires) && expires > clock.GetUtcNow().ToUnixTimeSeconds();
            return Text(claims, "iss") == issuer && audience == clientId && unexpired ? Text(claims, "sub") : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<RSAParameters?> KeyAsync(string keyId, CancellationToken cancellationToken)
    {
        if (_keys.TryGetValue(keyId, out var key))
        {
            return key;
        }
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (!_keys.ContainsKey(keyId) && clock.GetUtcNow() - _loadedAt >= KeyRefreshInterval)
            {
                _keys = await LoadAsync(cancellationToken);
                _loadedAt = clock.GetUtcNow();
            }
            return _keys.TryGetValue(keyId, out key) ? key : null;
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<Dictionary<string, RSAParameters>> LoadAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(issuer.TrimEnd('/') + "/.well-known/jwks.json", cancellationToken);
        response.EnsureSuccessStatusCode();
        using var set = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        var keys = new Dictionary<string, RSAParameters>(StringComparer.Ordinal);
        if (set.RootElement.ValueKind == JsonValueKind.Object && set.RootElement.TryGetProperty("keys", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var jwk in list.EnumerateArray())
            {
                if (Text(jwk, "kty") == "RSA" && Text(jwk, "kid") is { } id && Decode(Text(jwk, "n")) is { } modulus && Decode(Text(jwk, "e")) is { } exponent)
                {
                    keys[id] = new RSAParameters { Modulus = modulus, Exponent = exponent };
                }
            }
        }
        return keys;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[]? Decode(string? part)
    {
        if (part is null)
        {
            return null;
        }
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
