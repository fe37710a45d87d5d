using System.Text.Json;
using LiveScore.Lambda;
using LiveScore.Lambda.Connections;
using LiveScore.Lambda.Events;

namespace Arena.Functions.Chat;

/// <summary><c>chat-default</c>: a message no route takes gets an error back to its sender, saying what to send instead.</summary>
public sealed class UnknownActionHandler(IConnectionMessenger messenger) : IFunctionHandler
{
    public static IFunctionHandler Create() =>
        new UnknownActionHandler(AwsServices.WebSocketConnections(Settings.Required(ChatCatalog.WebSocketEndpointVariable)));

    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
    {
        var request = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.WebSocketRequest)
            ?? throw new JsonException("The WebSocket event is null.");
        await ErrorReply.SendAsync(messenger, request.RequestContext.ConnectionId, ChatRules.UnknownAction(request.BodyBytes()), context.CancellationToken);
        return JsonSerializer.SerializeToUtf8Bytes(new WebSocketResponse { StatusCode = 200 }, HostingJsonContext.Default.WebSocketResponse);
    }
}
