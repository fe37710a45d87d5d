using System.Text.Json.Serialization;
using LiveScore.Lambda.Http;

namespace Arena.Functions.Chat;

/// <summary>A chat message as every connected client receives it.</summary>
public sealed record ChatPush(string Type, string From, string Message, string SentAt);

/// <summary>An HTTP broadcast as every connected client receives it.</summary>
public sealed record BroadcastPush(string Type, string Message, string SentAt);

/// <summary>Sent to one client whose message was refused.</summary>
public sealed record ErrorPush(string Type, string Error);

/// <summary>The answer to <c>POST /broadcast</c>.</summary>
public sealed record BroadcastReport(int Delivered, int Pruned, int Failed, string SentAt);

[JsonSerializable(typeof(ChatPush))]
[JsonSerializable(typeof(BroadcastPush))]
[JsonSerializable(typeof(ErrorPush))]
[JsonSerializable(typeof(BroadcastReport))]
internal sealed partial class ChatJsonContext : JsonSerializerContext
{
    public static ChatJsonContext Web { get; } = new(WebJson.Options());
}
