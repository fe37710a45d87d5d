using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// A custom message attribute. <see cref="DataType"/> is String, Number or Binary, optionally with a
/// custom suffix (<c>Number.int</c>); numbers arrive in <see cref="StringValue"/>.
/// </summary>
public sealed record SqsMessageAttribute
{
    [JsonPropertyName("stringValue")]
    public string? StringValue { get; set; }

    /// <summary>Base64; use <see cref="BinaryBytes"/>.</summary>
    [JsonPropertyName("binaryValue")]
    public string? BinaryValue { get; set; }

    /// <summary>Reserved by SQS; Lambda sends it as an empty list.</summary>
    [JsonPropertyName("stringListValues")]
    public IReadOnlyList<string>? StringListValues { get; set; }

    /// <summary>Reserved by SQS; Lambda sends it as an empty list.</summary>
    [JsonPropertyName("binaryListValues")]
    public IReadOnlyList<string>? BinaryListValues { get; set; }

    [JsonPropertyName("dataType")]
    public string DataType { get; set; } = "";

    /// <summary>The decoded bytes of <see cref="BinaryValue"/>, or null when the attribute is not binary.</summary>
    public byte[]? BinaryBytes() => BinaryValue is null ? null : Convert.FromBase64String(BinaryValue);
}
