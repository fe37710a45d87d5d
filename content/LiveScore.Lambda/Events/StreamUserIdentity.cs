using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// Who made a stream change when it was not an application: for time-to-live deletions
/// <c>type</c> is <c>Service</c> and <c>principalId</c> is <c>dynamodb.amazonaws.com</c>.
/// </summary>
public sealed record StreamUserIdentity
{
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    [JsonPropertyName("principalId")]
    public string PrincipalId { get; set; } = "";
}
