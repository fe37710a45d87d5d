using System.Text;
using System.Text.Json;

namespace LiveScore.Lambda.Tests.Runtime;

/// <summary>One POST the runtime made to the fake Runtime API.</summary>
internal sealed record PostedOutcome(string Path, string? ErrorTypeHeader, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public IReadOnlyList<string> StackTrace => [.. Json.GetProperty("stackTrace").EnumerateArray().Select(frame => frame.GetString()!)];
}
