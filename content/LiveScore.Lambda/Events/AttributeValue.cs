using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// A DynamoDB attribute value in its JSON wire form: exactly one property is set. Property names follow the
/// wire names (and AWSSDK.DynamoDBv2's AttributeValue) so mapping between the two stays one to one.
/// </summary>
/// <remarks>
/// Numbers (<see cref="N"/>, <see cref="NS"/>) stay strings: DynamoDB numbers carry up to 38 digits, more than
/// double or even decimal can hold, so parse them only where the range is known.
/// Binary values (<see cref="B"/>, <see cref="BS"/>) are base64 on the wire; use the byte helpers.
/// </remarks>
public sealed record AttributeValue
{
    [JsonPropertyName("S")]
    public string? S { get; set; }

    [JsonPropertyName("N")]
    public string? N { get; set; }

    [JsonPropertyName("B")]
    public string? B { get; set; }

    [JsonPropertyName("SS")]
    public IReadOnlyList<string>? SS { get; set; }

    [JsonPropertyName("NS")]
    public IReadOnlyList<string>? NS { get; set; }

    [JsonPropertyName("BS")]
    public IReadOnlyList<string>? BS { get; set; }

    [JsonPropertyName("M")]
    public IReadOnlyDictionary<string, AttributeValue>? M { get; set; }

    [JsonPropertyName("L")]
    public IReadOnlyList<AttributeValue>? L { get; set; }

    [JsonPropertyName("NULL")]
    public bool? NULL { get; set; }

    [JsonPropertyName("BOOL")]
    public bool? BOOL { get; set; }

    public static AttributeValue FromBinary(ReadOnlySpan<byte> value) => new() { B = Convert.ToBase64String(value) };

    public static AttributeValue FromBinarySet(IEnumerable<byte[]> values) =>
        new() { BS = values.Select(value => Convert.ToBase64String(value)).ToArray() };

    /// <summary>The decoded bytes of <see cref="B"/>, or null when this is not a binary value.</summary>
    public byte[]? BinaryValue() => B is null ? null : Convert.FromBase64String(B);

    /// <summary>The decoded members of <see cref="BS"/>, or null when this is not a binary set.</summary>
    public IReadOnlyList<byte[]>? BinarySetValues() => BS?.Select(Convert.FromBase64String).ToArray();
}
