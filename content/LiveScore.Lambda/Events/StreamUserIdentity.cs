using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// Who made a stream change when it was not an application: for time-to-live deletions
/// <c>type</c> is <c>Service</c> and <c>principalId</c> is <c>dynamodb.amazonaws.com</c>.
/// </summary>
public sealed record StreamUserIdentity
{
    /// <summary>The kind of identity; <c>Service</c> for a time-to-live deletion.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    /// <summary>Who made the change; <c>dynamodb.amazonaws.com</c> for a time-to-live deletion.</summary>
    [JsonPropertyName("principalId")]
    public string PrincipalId { get; set; } = "";
}
