namespace LiveScore.LocalCloud.Sqs;

/// <summary>A message attribute: <see cref="DataType"/> is String, Number or Binary, optionally with a custom suffix
/// (<c>Number.float</c>); String and Number carry <see cref="StringValue"/>, Binary carries <see cref="BinaryValue"/>.</summary>
public sealed record SqsMessageAttribute(string DataType, string? StringValue = null, byte[]? BinaryValue = null)
{
    internal bool IsBinary => DataType.StartsWith("Binary", StringComparison.Ordinal);
}
