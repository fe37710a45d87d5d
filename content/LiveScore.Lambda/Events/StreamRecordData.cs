using System.Collections.ObjectModel;
using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// The <c>dynamodb</c> block of a stream record. Property names are upper camel case here, unlike the
/// rest of the event, because this block is the DynamoDB Streams API's own StreamRecord shape.
/// </summary>
public sealed record StreamRecordData
{
    /// <summary>
    /// Seconds since the Unix epoch, as a JSON number. Decimal keeps the number exactly as sent,
    /// including any fraction.
    /// </summary>
    [JsonPropertyName("ApproximateCreationDateTime")]
    public decimal? ApproximateCreationDateTime { get; set; }

    /// <summary>The key attributes of the changed item; present whatever the stream view type.</summary>
    [JsonPropertyName("Keys")]
    public IReadOnlyDictionary<string, AttributeValue> Keys { get; set; } = ReadOnlyDictionary<string, AttributeValue>.Empty;

    /// <summary>The item after the change; absent for REMOVE and for KEYS_ONLY / OLD_IMAGE streams.</summary>
    [JsonPropertyName("NewImage")]
    public IReadOnlyDictionary<string, AttributeValue>? NewImage { get; set; }

    /// <summary>The item before the change; absent for INSERT and for KEYS_ONLY / NEW_IMAGE streams.</summary>
    [JsonPropertyName("OldImage")]
    public IReadOnlyDictionary<string, AttributeValue>? OldImage { get; set; }

    /// <summary>Orders changes to the same item; also the item identifier for a partial batch failure.</summary>
    [JsonPropertyName("SequenceNumber")]
    public string SequenceNumber { get; set; } = "";

    /// <summary>The size of the record in bytes, images included.</summary>
    [JsonPropertyName("SizeBytes")]
    public long SizeBytes { get; set; }

    /// <summary>KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES.</summary>
    [JsonPropertyName("StreamViewType")]
    public string StreamViewType { get; set; } = "";
}
