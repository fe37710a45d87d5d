using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveScore.LocalCloud.S3;

/// <summary>
/// What a bucket's folder cannot hold: its creation time, its configuration documents (policy, ACL, ...) and each
/// object's metadata. Kept in memory and saved beside the buckets as <c>.metadata/{bucket}.json</c>.
/// </summary>
internal sealed class S3BucketIndex
{
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Configuration documents by kind (policy, acl, publicAccessBlock, ...), as they were put.</summary>
    public Dictionary<string, string> Configuration { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, S3StoredObject> Objects { get; set; } = new(StringComparer.Ordinal);

    public static S3BucketIndex Load(string path, DateTimeOffset createdAt)
    {
        try
        {
            if (File.Exists(path)) return JsonSerializer.Deserialize(File.ReadAllBytes(path), S3JsonContext.Default.S3BucketIndex)!;
        }
        catch (JsonException)
        {
            // A damaged index loses metadata only: the objects themselves are the files.
        }
        return new S3BucketIndex { CreatedAt = createdAt };
    }

    public void Save(string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(this, S3JsonContext.Default.S3BucketIndex));
        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>An object's metadata, with the file length and time it describes: a file changed by hand is noticed.</summary>
internal sealed record S3StoredObject(
    long Length,
    DateTimeOffset LastModified,
    string ETag,
    Dictionary<string, string> Headers,
    Dictionary<string, string> UserMetadata,
    string? ChecksumAlgorithm,
    string? ChecksumValue);

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(S3BucketIndex))]
internal sealed partial class S3JsonContext : JsonSerializerContext;
