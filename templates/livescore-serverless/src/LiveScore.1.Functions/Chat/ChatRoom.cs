using System.Text.Json;
using LiveScore._1.Functions.Connections;
using LiveScore.Lambda;
using LiveScore.Lambda.Connections;
using LiveScore.Lambda.Http;
using LiveScore.Lambda.Logging;

namespace LiveScore._1.Functions.Chat;

/// <summary>
/// The chat: a message from one connection goes to every open connection (the sender too); a refused message gets an
/// error back to its sender only; a broadcast goes to everyone and is recorded on each connection it reached.
/// </summary>
/// <param name="signInRequired">Whether only a connection opened by a signed-in customer may send (the chat generated
/// with customer sign-in); the others only listen.</param>
public sealed class ChatRoom(IConnectionRegistry registry, IConnectionMessenger messenger, ConnectionBroadcaster broadcaster, TimeProvider clock, bool signInRequired = false)
{
    /// <param name="userId">The signed-in customer the connection was opened by; null for a connection without sign-in.</param>
    /// <param name="receivedAt">When API Gateway received the message: its time, and the rate limit's, even when the
    /// function works through a backlog.</param>
    public async Task SendAsync(string connectionId, string? userId, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt, ILambdaLog log, CancellationToken cancellationToken)
    {
        if (signInRequired && userId is null)
        {
            await ErrorReply.SendAsync(messenger, connectionId, "Sign in to chat: this connection was opened without a customer's token, so it only listens.", cancellationToken);
            return;
        }
        var errors = new ValidationErrors();
        var text = ChatRules.MessageOf(body, errors);
        if (text is null)
        {
            await ErrorReply.SendAsync(messenger, connectionId, errors.ToString(), cancellationToken);
            return;
        }
        switch (await registry.RecordMessageAsync(connectionId, text, receivedAt, ChatRules.MessageInterval, cancellationToken))
        {
            case MessageRecording.TooSoon:
                await ErrorReply.SendAsync(messenger, connectionId, $"Too fast: at most one message every {ChatRules.MessageInterval.TotalMilliseconds:0} ms.", cancellationToken);
                return;
            case MessageRecording.NotConnected:
                log.Warn("A message came from a connection that is not recorded as open; it was dropped.", [new("connectionId", connectionId)]);
                return;
        }
        var push = JsonSerializer.SerializeToUtf8Bytes(new ChatPush("chat", connectionId, text, Timestamps.Format(receivedAt)), ChatJsonContext.Web.ChatPush);
        await broadcaster.BroadcastAsync(push, log, cancellationToken);
    }

    public async Task<BroadcastReport> BroadcastAsync(string text, ILambdaLog log, CancellationToken cancellationToken)
    {
        var sentAt = clock.GetUtcNow();
        var push = JsonSerializer.SerializeToUtf8Bytes(new BroadcastPush("broadcast", text, Timestamps.Format(sentAt)), ChatJsonContext.Web.BroadcastPush);
        var result = await broadcaster.BroadcastAsync(push, log, cancellationToken, (id, token) => registry.RecordBroadcastAsync(id, text, sentAt, token));
        return new BroadcastReport(result.Delivered, result.Gone, result.Failed, Timestamps.Format(sentAt));
    }
}
