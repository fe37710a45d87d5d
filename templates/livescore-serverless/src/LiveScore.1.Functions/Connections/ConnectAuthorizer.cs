using System.Text.Json;
using LiveScore.Lambda;
using LiveScore.Lambda.Events;
using LiveScore.Lambda.Identity;
using LiveScore.Lambda.Logging;

namespace LiveScore._1.Functions.Connections;

/// <summary>
/// <c>ws-authorize</c>, the WebSocket API's <c>$connect</c> authorizer: a connection that brings a customer's token
/// (<c>?token=</c>, an access or id token of the customers' user pool) is let in as that customer, and may chat; one
/// without a token is let in to listen only, as the scoreboard is public; a token that is not valid is refused (401).
/// </summary>
public sealed class ConnectAuthorizer(UserPoolTokenVerifier verifier) : IFunctionHandler
{
    /// <summary>The query parameter that carries the token: browsers cannot set headers on a WebSocket.</summary>
    public const string TokenParameter = "token";

    /// <summary>The principal of a connection without a token.</summary>
    public const string Listener = "listener";

    public static IFunctionHandler Create() => new ConnectAuthorizer(new UserPoolTokenVerifier(
        new HttpClient { Timeout = TimeSpan.FromSeconds(3) },
        Settings.Required(ConnectionsCatalog.UserPoolVariable),
        Settings.Required(ConnectionsCatalog.UserPoolClientVariable),
        TimeProvider.System));

    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
    {
        var request = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.WebSocketAuthorizerRequest)
            ?? throw new JsonException("The authorizer event is null.");
        var token = request.QueryStringParameters?.GetValueOrDefault(TokenParameter);
        AuthorizerResponse answer;
        if (string.IsNullOrEmpty(token))
        {
            answer = AuthorizerResponse.Allow(Listener, request.MethodArn);
        }
        else if (await verifier.UserIdAsync(token, context.CancellationToken) is { } userId)
        {
            answer = AuthorizerResponse.Allow(userId, request.MethodArn, new Dictionary<string, string> { [ConnectionsCatalog.UserIdContext] = userId });
        }
        else
        {
            context.Log.Warn("A connection with a token that is not valid was refused.", [new("connectionId", request.RequestContext.ConnectionId)]);
            // API Gateway answers 401 when the authorizer fails with exactly this message.
            throw new UnauthorizedAccessException("Unauthorized");
        }
        return JsonSerializer.SerializeToUtf8Bytes(answer, HostingJsonContext.Default.AuthorizerResponse);
    }
}
