using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// One failed item: the SQS <c>messageId</c>, or the DynamoDB stream record's <c>SequenceNumber</c>.
/// For streams, processing restarts at the lowest failed sequence number, so later records are retried too.
/// </summary>
public sealed record BatchItemFailure
{
    /// <summary>The failed item's id: the stream record's sequence number, or the SQS message id.</summary>
    [JsonPropertyName("itemIdentifier")]
    public string ItemIdentifier { get; set; } = "";
}
