using System.Text.Json;
using LiveScore.LocalCloud.Cognito;

namespace LiveScore.LocalCloud.HttpApi;

/// <summary>
/// A JWT authorizer of an HTTP API route as API Gateway applies it with a Cognito user pool: the token in the
/// <c>Authorization</c> header (with or without <c>Bearer </c>) must be signed by the pool, issued by it, unexpired,
/// and meant for its client (<c>aud</c> of an id token, <c>client_id</c> of an access token).
/// </summary>
public sealed class JwtAuthorizer(LocalUserPool pool, TimeProvider clock)
{
    /// <summary>The claims to pass on to the function, or why the request is refused (API Gateway's 401).</summary>
    public (JsonElement? Claims, string? Refusal) Check(HttpRequest request)
    {
        var headers = request.Headers.Authorization;
        if (headers.Count == 0 || string.IsNullOrWhiteSpace(headers[0]))
        {
            return (null, "the Authorization header is missing: sign in and send the token as 'Bearer <token>'");
        }
        if (headers.Count > 1)
        {
            return (null, "more than one Authorization header");
        }
        var token = headers[0]!.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? headers[0]![7..].Trim() : headers[0]!.Trim();
        if (pool.Tokens.Verify(token) is not { } claims)
        {
            return (null, "the token is not signed by this user pool (a token from before the local cloud restarted is not)");
        }
        if (Text(claims, "iss") != pool.Tokens.Issuer)
        {
            return (null, $"the token's issuer is not {pool.Tokens.Issuer}");
        }
        if (!claims.TryGetProperty("exp", out var exp) || !exp.TryGetInt64(out var expires) || expires <= clock.GetUtcNow().ToUnixTimeSeconds())
        {
            return (null, "the token has expired");
        }
        var audience = Text(claims, "token_use") switch
        {
            "id" => Text(claims, "aud"),
            "access" => Text(claims, "client_id"),
            _ => null,
        };
        return audience == pool.ClientId ? (claims, null) : (null, "the token is not meant for this API's audience");
    }

    /// <summary><c>requestContext.authorizer</c> of the event: <c>{"jwt":{"claims":{...},"scopes":null}}</c>, every claim as text, as API Gateway passes them.</summary>
    public static JsonElement Context(JsonElement claims)
    {
        var json = UserPoolTokens.Json(writer =>
        {
            writer.WriteStartObject("jwt");
            writer.WriteStartObject("claims");
            foreach (var claim in claims.EnumerateObject())
            {
                writer.WriteString(claim.Name, claim.Value.ValueKind == JsonValueKind.String ? claim.Value.GetString() : claim.Value.GetRawText());
            }
            writer.WriteEndObject();
            writer.WriteNull("scopes");
            writer.WriteEndObject();
        });
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static string? Text(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
