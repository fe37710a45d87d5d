using System.Text.Json;
using Arena.Functions.Connections;
using LiveScore.Lambda;
using LiveScore.Lambda.Connections;
using LiveScore.Lambda.Http;
using LiveScore.Lambda.Logging;

namespace Arena.Functions.Chat;

/// <summary>
/// The chat: a message from one connection goes to every open connection (the sender too); a refused message gets an
/// error back to its sender only; a broadcast goes to everyone and is recorded on each connection it reached.
/// </summary>
public sealed class ChatRoom(IConnectionRegistry registry, IConnectionMessenger messenger, ConnectionBroadcaster broadcaster, TimeProvider clock)
{
    public async Task SendAsync(string connectionId, ReadOnlyMemory<byte> body, ILambdaLog log, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var text = ChatRules.MessageOf(body, errors);
        if (text is null)
        {
            await TellAsync(connectionId, string.Join(" ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")), cancellationToken);
            return;
        }
        var sentAt = clock.GetUtcNow();
        switch (await registry.RecordMessageAsync(connectionId, text, sentAt, ChatRules.MessageInterval, cancellationToken))
        {
            case MessageRecording.TooSoon:
                await TellAsync(connectionId, $"Too fast: at most one message every {ChatRules.MessageInterval.TotalMilliseconds:0} ms.", cancellationToken);
                return;
            case MessageRecording.NotConnected:
                log.Warn("A message came from a connection that is not recorded as open; it was dropped.", [new("connectionId", connectionId)]);
                return;
        }
        var push = JsonSerializer.SerializeToUtf8Bytes(new ChatPush("chat", connectionId, text, Timestamps.Format(sentAt)), ChatJsonContext.Web.ChatPush);
        Report(await broadcaster.BroadcastAsync(push, cancellationToken), log);
    }

    public Task RejectAsync(string connectionId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        TellAsync(connectionId, ChatRules.UnknownAction(body), cancellationToken);

    public async Task<BroadcastReport> BroadcastAsync(string text, ILambdaLog log, CancellationToken cancellationToken)
    {
        var sentAt = clock.GetUtcNow();
        var push = JsonSerializer.SerializeToUtf8Bytes(new BroadcastPush("broadcast", text, Timestamps.Format(sentAt)), ChatJsonContext.Web.BroadcastPush);
        var result = await broadcaster.BroadcastAsync(push, cancellationToken, (id, token) => registry.RecordBroadcastAsync(id, text, sentAt, token));
        Report(result, log);
        return new BroadcastReport(result.Delivered, result.Gone, result.Failed, Timestamps.Format(sentAt));
    }

    private async Task TellAsync(string connectionId, string error, CancellationToken cancellationToken)
    {
        var push = JsonSerializer.SerializeToUtf8Bytes(new ErrorPush("error", error), ChatJsonContext.Web.ErrorPush);
        // A sender that is already gone (410) has nobody left to tell.
        _ = await messenger.PostAsync(connectionId, push, cancellationToken);
    }

    private static void Report(BroadcastResult result, ILambdaLog log)
    {
        foreach (var error in result.Errors)
        {
            log.Warn("A push failed.", [new("error", error)]);
        }
        log.Info("Pushed.", [new("delivered", $"{result.Delivered}"), new("pruned", $"{result.Gone}"), new("failed", $"{result.Failed}")]);
    }
}
