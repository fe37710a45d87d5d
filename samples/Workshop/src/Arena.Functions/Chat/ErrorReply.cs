using System.Text.Json;
using LiveScore.Lambda.Connections;

namespace Arena.Functions.Chat;

/// <summary>Tells one client why its message was refused: <c>{"type":"error","error":"…"}</c>.</summary>
public static class ErrorReply
{
    public static async Task SendAsync(IConnectionMessenger messenger, string connectionId, string error, CancellationToken cancellationToken)
    {
        var push = JsonSerializer.SerializeToUtf8Bytes(new ErrorPush("error", error), ChatJsonContext.Web.ErrorPush);
        // A sender that is already gone (410) has nobody left to tell.
        _ = await messenger.PostAsync(connectionId, push, cancellationToken);
    }
}
