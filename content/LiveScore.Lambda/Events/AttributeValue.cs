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
    /// <summary>A string (type <c>S</c>).</summary>
    [JsonPropertyName("S")]
    public string? S { get; set; }

    /// <summary>A number as the exact decimal text DynamoDB sent (type <c>N</c>).</summary>
    [JsonPropertyName("N")]
    public string? N { get; set; }

    /// <summary>Binary data, base64-encoded (type <c>B</c>); <see cref="BinaryValue"/> decodes it.</summary>
    [JsonPropertyName("B")]
    public string? B { get; set; }

    /// <summary>A string set (type <c>SS</c>).</summary>
    [JsonPropertyName("SS")]
    public IReadOnlyList<string>? SS { get; set; }

    /// <summary>A number set, each number as text (type <c>NS</c>).</summary>
    [JsonPropertyName("NS")]
    public IReadOnlyList<string>? NS { get; set; }

    /// <summary>A binary set, each member base64-encoded (type <c>BS</c>); <see cref="BinarySetValues"/> decodes it.</summary>
    [JsonPropertyName("BS")]
    public IReadOnlyList<string>? BS { get; set; }

    /// <summary>A map from attribute names to values (type <c>M</c>).</summary>
    [JsonPropertyName("M")]
    public IReadOnlyDictionary<string, AttributeValue>? M { get; set; }

    /// <summary>A list of values of any types (type <c>L</c>).</summary>
    [JsonPropertyName("L")]
    public IReadOnlyList<AttributeValue>? L { get; set; }

    /// <summary>True for the null value (type <c>NULL</c>).</summary>
    [JsonPropertyName("NULL")]
    public bool? NULL { get; set; }

    /// <summary>A Boolean (type <c>BOOL</c>).</summary>
    [JsonPropertyName("BOOL")]
    public bool? BOOL { get; set; }

    /// <summary>A binary value (<c>B</c>) holding these bytes.</summary>
    public static AttributeValue FromBinary(ReadOnlySpan<byte> value) => new() { B = Convert.ToBase64String(value) };

    /// <summary>A binary set (<c>BS</c>) holding these byte arrays.</summary>
    public static AttributeValue FromBinarySet(IEnumerable<byte[]> values) =>
        new() { BS = values.Select(value => Convert.ToBase64String(value)).ToArray() };

    /// <summary>The decoded bytes of <see cref="B"/>, or null when this is not a binary value.</summary>
    public byte[]? BinaryValue() => B is null ? null : Convert.FromBase64String(B);

    /// <summary>The decoded members of <see cref="BS"/>, or null when this is not a binary set.</summary>
    public IReadOnlyList<byte[]>? BinarySetValues() => BS?.Select(Convert.FromBase64String).ToArray();
}
