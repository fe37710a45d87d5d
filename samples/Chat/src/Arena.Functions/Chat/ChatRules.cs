using System.Text.Json;
using LiveScore.Lambda.Http;

namespace Arena.Functions.Chat;

/// <summary>What a chat or broadcast message may be: 1–4,096 characters of text without control characters.</summary>
public static class ChatRules
{
    public const int MaxMessageLength = 4096;
    public const int MaxBodyBytes = 32 * 1024;

    /// <summary>Each connection may send one message per interval; faster senders get an error instead.</summary>
    public static readonly TimeSpan MessageInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>The text of <c>{"message":…}</c> (or the original workshop's <c>"Message"</c>), or null with errors added.</summary>
    public static string? MessageOf(ReadOnlyMemory<byte> body, ValidationErrors errors)
    {
        if (body.Length > MaxBodyBytes)
        {
            errors.Add("body", $"Must be at most {MaxBodyBytes} bytes.");
            return null;
        }
        using var document = JsonBody.ParseObject(body, errors);
        if (document is null)
        {
            return null;
        }
        var root = document.RootElement;
        var field = root.TryGetProperty("message", out _) || !root.TryGetProperty("Message", out _) ? "message" : "Message";
        return JsonFields.RequiredText(root, field, MaxMessageLength, errors);
    }

    /// <summary>Why a WebSocket message has no route: what the sender reads in its error.</summary>
    public static string UnknownAction(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("action", out var action)
                ? $"Unknown action {action.GetRawText()}: send {{\"action\":\"{ChatCatalog.SendMessageRoute}\",\"message\":\"…\"}}."
                : $"A message needs an \"action\": send {{\"action\":\"{ChatCatalog.SendMessageRoute}\",\"message\":\"…\"}}.";
        }
        catch (JsonException)
        {
            return "Not valid JSON: send {\"action\":\"" + ChatCatalog.SendMessageRoute + "\",\"message\":\"…\"}.";
        }
    }
}
