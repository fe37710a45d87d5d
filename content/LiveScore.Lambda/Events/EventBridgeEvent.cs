using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// The EventBridge event envelope. <see cref="Detail"/> is raw JSON whose shape depends on
/// <see cref="Source"/> and <see cref="DetailType"/>; deserialize it with the matching model.
/// </summary>
public sealed record EventBridgeEvent
{
    /// <summary>Always <c>0</c>; the envelope version, not the detail's schema version.</summary>
    [JsonPropertyName("version")]
    public string Version { get; set; } = "0";

    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("detail-type")]
    public string DetailType { get; set; } = "";

    [JsonPropertyName("source")]
    public string Source { get; set; } = "";

    [JsonPropertyName("account")]
    public string Account { get; set; } = "";

    /// <summary>
    /// ISO 8601 UTC, e.g. <c>2025-01-15T10:00:00Z</c>. Kept as text so the envelope is passed on
    /// unchanged (a DateTimeOffset would be written back as <c>+00:00</c>).
    /// </summary>
    [JsonPropertyName("time")]
    public string Time { get; set; } = "";

    [JsonPropertyName("region")]
    public string Region { get; set; } = "";

    [JsonPropertyName("resources")]
    public IReadOnlyList<string> Resources { get; set; } = [];

    /// <summary>An empty object until set, so a partly built event still serializes.</summary>
    [JsonPropertyName("detail")]
    public JsonElement Detail { get; set; } = EmptyDetail;

    private static readonly JsonElement EmptyDetail = JsonElement.Parse("{}");
}
