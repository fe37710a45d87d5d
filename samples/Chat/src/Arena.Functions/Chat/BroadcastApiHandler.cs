using LiveScore.Lambda;
using LiveScore.Lambda.Http;

namespace Arena.Functions.Chat;

/// <summary><c>chat-broadcast</c>: HTTP API events in, broadcast reports out.</summary>
public sealed class BroadcastApiHandler(BroadcastApi api) : IFunctionHandler
{
    public static IFunctionHandler Create() => new BroadcastApiHandler(new BroadcastApi(SendMessageHandler.Room()));

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context) =>
        HttpApiAdapter.HandleAsync(eventJson, context, (request, token) => api.HandleAsync(request, context.Log, token));
}
