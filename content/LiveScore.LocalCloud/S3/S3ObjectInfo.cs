namespace LiveScore.LocalCloud.S3;

/// <summary>What S3 knows of an object besides its bytes.</summary>
/// <param name="ETag">The MD5 of the content in hex, without quotes.</param>
/// <param name="Headers">The content headers it was stored with (Content-Type, Content-Encoding, Cache-Control, ...).</param>
/// <param name="UserMetadata">x-amz-meta-* values by name, without the prefix.</param>
/// <param name="ChecksumAlgorithm">The flexible checksum it was uploaded with (CRC32, SHA256, ...), if any.</param>
public sealed record S3ObjectInfo(
    string Key,
    long Length,
    DateTimeOffset LastModified,
    string ETag,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> UserMetadata,
    string? ChecksumAlgorithm = null,
    string? ChecksumValue = null);
