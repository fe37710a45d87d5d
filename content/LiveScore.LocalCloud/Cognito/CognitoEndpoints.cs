using System.Text.Json;

namespace LiveScore.LocalCloud.Cognito;

/// <summary>
/// The Amazon Cognito user pools API (AWS JSON 1.1, <c>X-Amz-Target: AWSCognitoIdentityProviderService.*</c>) as far as
/// a sign-in page uses it: <c>SignUp</c>, <c>ConfirmSignUp</c> (nothing to confirm locally) and <c>InitiateAuth</c>
/// with <c>USER_PASSWORD_AUTH</c> or <c>REFRESH_TOKEN_AUTH</c>. These calls are unsigned, as from a browser; boto3 and
/// the AWS CLI reach them with <c>--endpoint-url</c>. The pool's public keys are at <c>{path}/{pool id}/.well-known/jwks.json</c>.
/// </summary>
public static class CognitoEndpoints
{
    public const string Path = "/_aws/cognito-idp";
    private const string TargetPrefix = "AWSCognitoIdentityProviderService.";

    /// <summary>Serves a new local user pool, whose tokens name the pool's URL under <paramref name="baseAddress"/> as issuer.</summary>
    /// <param name="baseAddress">The local cloud's address, read once it is bound.</param>
    public static LocalUserPool MapCognito(this IEndpointRouteBuilder app, Func<Uri> baseAddress, string region)
    {
        var poolId = LocalEnvironment.UserPoolId(region);
        var tokens = new UserPoolTokens(() => LocalEnvironment.UserPoolIssuer(baseAddress().GetLeftPart(UriPartial.Authority), region), TimeProvider.System);
        app.ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(tokens.Dispose);
        var pool = new LocalUserPool(tokens, LocalEnvironment.UserPoolClientId);
        app.MapGet($"{Path}/{poolId}/.well-known/jwks.json", () => Results.Bytes(pool.Tokens.KeySet(), "application/json"));
        app.MapPost(Path, async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            byte[] answer;
            try
            {
                answer = Handle(pool, context.Request.Headers["X-Amz-Target"].ToString(), buffer.ToArray());
                context.Response.StatusCode = 200;
            }
            catch (CognitoException e)
            {
                answer = UserPoolTokens.Json(writer =>
                {
                    writer.WriteString("__type", e.Type);
                    writer.WriteString("message", e.Message);
                });
                context.Response.StatusCode = 400;
            }
            context.Response.ContentType = "application/x-amz-json-1.1";
            await context.Response.Body.WriteAsync(answer, context.RequestAborted);
        });
        return pool;
    }

    private static byte[] Handle(LocalUserPool pool, string target, byte[] body)
    {
        using var request = Parse(body);
        var input = request.RootElement;
        switch (target.StartsWith(TargetPrefix, StringComparison.Ordinal) ? target[TargetPrefix.Length..] : target)
        {
            case "SignUp":
                var user = pool.SignUp(Text(input, "ClientId"), Text(input, "Username"), Text(input, "Password"));
                return UserPoolTokens.Json(writer =>
                {
                    writer.WriteBoolean("UserConfirmed", true);
                    writer.WriteString("UserSub", user.Sub);
                });
            case "ConfirmSignUp":
                // Sign-ups are confirmed at once locally: a page that asks for the mailed code anyway is answered as AWS would.
                return UserPoolTokens.Json(_ => { });
            case "InitiateAuth":
                var parameters = input.TryGetProperty("AuthParameters", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
                return Text(input, "AuthFlow") switch
                {
                    "USER_PASSWORD_AUTH" => Authenticated(pool.SignIn(Text(input, "ClientId"), Text(parameters, "USERNAME"), Text(parameters, "PASSWORD"))),
                    "REFRESH_TOKEN_AUTH" or "REFRESH_TOKEN" => Authenticated(pool.Refresh(Text(input, "ClientId"), Text(parameters, "REFRESH_TOKEN"))),
                    var flow => throw new CognitoException("InvalidParameterException", $"AuthFlow '{flow}' is not supported by the local user pool: use USER_PASSWORD_AUTH or REFRESH_TOKEN_AUTH."),
                };
            default:
                throw new CognitoException("UnknownOperationException", $"The local user pool answers SignUp, ConfirmSignUp and InitiateAuth, not '{target}'.");
        }
    }

    private static byte[] Authenticated((string IdToken, string AccessToken, string? RefreshToken) tokens) => UserPoolTokens.Json(writer =>
    {
        writer.WriteStartObject("AuthenticationResult");
        writer.WriteString("AccessToken", tokens.AccessToken);
        writer.WriteNumber("ExpiresIn", (int)UserPoolTokens.Lifetime.TotalSeconds);
        writer.WriteString("IdToken", tokens.IdToken);
        if (tokens.RefreshToken is not null)
        {
            writer.WriteString("RefreshToken", tokens.RefreshToken);
        }
        writer.WriteString("TokenType", "Bearer");
        writer.WriteEndObject();
        writer.WriteStartObject("ChallengeParameters");
        writer.WriteEndObject();
    });

    private static JsonDocument Parse(byte[] body)
    {
        try
        {
            var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }
            document.Dispose();
        }
        catch (JsonException)
        {
        }
        throw new CognitoException("SerializationException", "The request body must be a JSON object.");
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
