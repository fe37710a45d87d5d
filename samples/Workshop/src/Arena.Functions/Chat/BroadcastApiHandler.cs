using LiveScore.Lambda;
using LiveScore.Lambda.Http;

namespace Arena.Functions.Chat;

/// <summary><c>chat-broadcast</c>: HTTP API events in, broadcast reports out.</summary>
public sealed class BroadcastApiHandler(BroadcastApi api) : IFunctionHandler
{
    public static IFunctionHandler Create() => new BroadcastApiHandler(new BroadcastApi(SendMessageHandler.Room()));

    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context) =>
        HttpApiAdapter.ToResponse(await api.HandleAsync(HttpApiAdapter.ToRequest(eventJson), context.Log, context.CancellationToken));
}
