using System.IO.Compression;
using LiveScore.Lambda.Catalog;

namespace LiveScore.LocalCloud.S3;

/// <summary>
/// <c>/_local/lake</c>: the application's buckets as a learner looks at them — the newest objects first, and the first
/// lines of the newest one, unpacked when it is gzip (<c>.gz</c>).
/// </summary>
public static class LakeEndpoint
{
    public const string Path = "/_local/lake";
    public const int MaxObjects = 100;
    public const int SampleLines = 20;

    public static void MapLake(this IEndpointRouteBuilder app, S3Storage storage, IReadOnlyList<BucketDefinition> buckets) =>
        app.MapGet(Path, () => Results.Json(buckets.Select(b => Describe(storage, b.LocalName)).ToList(), LocalJsonContext.Default.IReadOnlyListLakeBucket));

    private static LakeBucket Describe(S3Storage storage, string bucket)
    {
        var objects = storage.BucketExists(bucket)
            ? storage.ListObjects(bucket).OrderByDescending(o => o.LastModified).ThenBy(o => o.Key, StringComparer.Ordinal).Take(MaxObjects).ToList()
            : [];
        return new LakeBucket(
            bucket,
            System.IO.Path.Combine(storage.Root, bucket),
            [.. objects.Select(o => new LakeObjectSummary(o.Key, o.Length, o.LastModified))],
            objects.Count == 0 ? null : Sample(storage, bucket, objects[0].Key));
    }

    private static LakeSample Sample(S3Storage storage, string bucket, string key)
    {
        Stream content = storage.OpenRead(bucket, key);
        if (key.EndsWith(".gz", StringComparison.Ordinal))
        {
            content = new GZipStream(content, CompressionMode.Decompress);
        }
        using var reader = new StreamReader(content);
        var lines = new List<string>();
        try
        {
            while (lines.Count < SampleLines && reader.ReadLine() is { } line)
            {
                lines.Add(line);
            }
        }
        catch (InvalidDataException)
        {
            lines.Add("(not gzip despite its name)");
        }
        return new LakeSample(key, lines);
    }
}

/// <summary>One bucket in <c>/_local/lake</c>; <paramref name="Folder"/> is where its objects are files.</summary>
public sealed record LakeBucket(string Bucket, string Folder, IReadOnlyList<LakeObjectSummary> Objects, LakeSample? Sample);

public sealed record LakeObjectSummary(string Key, long Size, DateTimeOffset LastModified);

/// <summary>The first lines of an object, unpacked.</summary>
public sealed record LakeSample(string Key, IReadOnlyList<string> Lines);
