using System.Security.Cryptography;

namespace LiveScore.LocalCloud.S3;

/// <summary>
/// S3 buckets as folders on disk: <c>{root}/{bucket}/{key}</c>, with the key's <c>/</c> as sub-folders, so the objects
/// are files anyone can open. Metadata (content type, ETag, user metadata, checksums) and bucket configuration live in
/// <c>{root}/.metadata/{bucket}.json</c>; a file added or edited by hand is served with metadata derived from it.
/// </summary>
/// <remarks>
/// A key cannot be both an object and a folder of others (<c>a</c> and <c>a/b</c>), as a file system cannot hold both;
/// such a put is refused with an error saying so.
/// </remarks>
public sealed class S3Storage
{
    private const string MetadataFolder = ".metadata";
    private const string UploadsFolder = ".uploads";

    private readonly Lock gate = new();
    private readonly Dictionary<string, S3BucketIndex> buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;

    public S3Storage(string root, TimeProvider? clock = null)
    {
        Root = Path.GetFullPath(root);
        this.clock = clock ?? TimeProvider.System;
        Directory.CreateDirectory(Path.Combine(Root, MetadataFolder));
        Directory.CreateDirectory(Path.Combine(Root, UploadsFolder));
        foreach (var folder in new DirectoryInfo(Root).EnumerateDirectories().Where(d => !d.Name.StartsWith('.')))
        {
            buckets[folder.Name] = S3BucketIndex.Load(IndexPath(folder.Name), folder.CreationTimeUtc);
        }
    }

    /// <summary>The folder that holds the buckets.</summary>
    public string Root { get; }

    internal TimeProvider Clock => clock;

    public IReadOnlyList<(string Name, DateTimeOffset CreatedAt)> ListBuckets()
    {
        lock (gate) return buckets.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => (b.Key, b.Value.CreatedAt)).ToList();
    }

    public bool BucketExists(string bucket)
    {
        lock (gate) return buckets.ContainsKey(bucket);
    }

    public void CreateBucket(string bucket)
    {
        S3Names.CheckBucket(bucket);
        lock (gate)
        {
            if (buckets.ContainsKey(bucket)) throw S3Exception.BucketAlreadyOwnedByYou();
            Directory.CreateDirectory(BucketPath(bucket));
            var index = new S3BucketIndex { CreatedAt = clock.GetUtcNow() };
            buckets[bucket] = index;
            index.Save(IndexPath(bucket));
        }
    }

    public void DeleteBucket(string bucket)
    {
        lock (gate)
        {
            Index(bucket);
            if (Directory.EnumerateFiles(BucketPath(bucket), "*", SearchOption.AllDirectories).Any()) throw S3Exception.BucketNotEmpty();
            Directory.Delete(BucketPath(bucket), recursive: true);
            File.Delete(IndexPath(bucket));
            buckets.Remove(bucket);
        }
    }

    /// <summary>Stores an object: <paramref name="writeContent"/> writes (and checks) its bytes into a staging file,
    /// which then replaces any previous version at once, so a reader never sees half an object.</summary>
    internal async Task<S3ObjectInfo> PutObjectAsync(
        string bucket, string key, Func<Stream, Task<S3PayloadDigest>> writeContent,
        Dictionary<string, string> headers, Dictionary<string, string> userMetadata)
    {
        var path = ObjectPath(bucket, key);
        lock (gate) Index(bucket);
        var staging = Path.Combine(Root, UploadsFolder, Guid.NewGuid().ToString("N"));
        try
        {
            S3PayloadDigest digest;
            await using (var file = new FileStream(staging, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
            {
                digest = await writeContent(file);
            }
            lock (gate)
            {
                var index = Index(bucket);
                PrepareFolders(bucket, path, key);
                File.Move(staging, path, overwrite: true);
                File.SetLastWriteTimeUtc(path, clock.GetUtcNow().UtcDateTime);
                var stored = new S3StoredObject(digest.Length, File.GetLastWriteTimeUtc(path), digest.Md5, headers, userMetadata,
                    digest.ChecksumAlgorithm, digest.ChecksumValue);
                index.Objects[key] = stored;
                index.Save(IndexPath(bucket));
                return Info(key, stored);
            }
        }
        finally
        {
            File.Delete(staging);
        }
    }

    /// <summary>The object's metadata, or null when the bucket has no such key.</summary>
    public S3ObjectInfo? GetObjectInfo(string bucket, string key)
    {
        var path = ObjectPath(bucket, key);
        lock (gate) return Describe(Index(bucket), key, new FileInfo(path));
    }

    /// <summary>Opens the object's bytes for reading; a later put replaces the file without disturbing this reader.</summary>
    public Stream OpenRead(string bucket, string key)
    {
        try
        {
            return new FileStream(ObjectPath(bucket, key), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81_920, FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw S3Exception.NoSuchKey();
        }
    }

    /// <summary>Deletes the object if present (deleting a missing key succeeds, as in S3), and folders it leaves empty.</summary>
    public void DeleteObject(string bucket, string key)
    {
        var path = ObjectPath(bucket, key);
        lock (gate)
        {
            var index = Index(bucket);
            if (File.Exists(path)) File.Delete(path);
            for (var folder = Path.GetDirectoryName(path)!; folder != BucketPath(bucket) && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder)!)
            {
                Directory.Delete(folder);
            }
            if (index.Objects.Remove(key)) index.Save(IndexPath(bucket));
        }
    }

    /// <summary>Every object whose key starts with <paramref name="prefix"/>, in key order.</summary>
    public IReadOnlyList<S3ObjectInfo> ListObjects(string bucket, string prefix = "")
    {
        lock (gate)
        {
            var index = Index(bucket);
            var folder = BucketPath(bucket);
            return new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories)
                .Select(file => (Key: Path.GetRelativePath(folder, file.FullName).Replace(Path.DirectorySeparatorChar, '/'), File: file))
                .Where(entry => entry.Key.StartsWith(prefix, StringComparison.Ordinal))
                .OrderBy(entry => entry.Key, StringComparer.Ordinal)
                .Select(entry => Describe(index, entry.Key, entry.File)!)
                .ToList();
        }
    }

    internal string? GetConfiguration(string bucket, string kind)
    {
        lock (gate) return Index(bucket).Configuration.GetValueOrDefault(kind);
    }

    /// <param name="document">The document as put; null removes it.</param>
    internal void SetConfiguration(string bucket, string kind, string? document)
    {
        lock (gate)
        {
            var index = Index(bucket);
            if (document is null) index.Configuration.Remove(kind);
            else index.Configuration[kind] = document;
            index.Save(IndexPath(bucket));
        }
    }

    private S3BucketIndex Index(string bucket) =>
        buckets.TryGetValue(bucket, out var index) ? index : throw S3Exception.NoSuchBucket();

    // Bucket names come from the request path: one that is not a plain folder name is no bucket of this storage.
    private string BucketPath(string bucket) =>
        bucket is "" or "." or ".." || bucket.IndexOfAny(['/', '\\', '\0']) >= 0 ? throw S3Exception.NoSuchBucket() : Path.Combine(Root, bucket);

    private string IndexPath(string bucket) => Path.Combine(Root, MetadataFolder, bucket + ".json");

    // The key was checked segment by segment; the full-path check below is the last word on staying inside the bucket.
    private string ObjectPath(string bucket, string key)
    {
        var bucketPath = BucketPath(bucket);
        var path = Path.GetFullPath(Path.Combine([bucketPath, .. S3Names.KeySegments(key)]));
        if (!path.StartsWith(bucketPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw S3Exception.InvalidArgument($"The key '{key}' does not name a file inside the bucket.");
        }
        return path;
    }

    private void PrepareFolders(string bucket, string path, string key)
    {
        if (Directory.Exists(path))
        {
            throw S3Exception.InvalidArgument($"The local S3 keeps objects as files: '{key}' is already a folder of other objects.");
        }
        var folder = Path.GetDirectoryName(path)!;
        for (var parent = folder; parent != BucketPath(bucket); parent = Path.GetDirectoryName(parent)!)
        {
            if (File.Exists(parent))
            {
                var blocking = Path.GetRelativePath(BucketPath(bucket), parent).Replace(Path.DirectorySeparatorChar, '/');
                throw S3Exception.InvalidArgument($"The local S3 keeps objects as files: '{key}' would need the object '{blocking}' to be a folder.");
            }
        }
        Directory.CreateDirectory(folder);
    }

    private static S3ObjectInfo? Describe(S3BucketIndex index, string key, FileInfo file)
    {
        if (!file.Exists) return null;
        if (index.Objects.TryGetValue(key, out var stored) && stored.Length == file.Length && stored.LastModified == file.LastWriteTimeUtc)
        {
            return Info(key, stored);
        }
        // Put there or changed by hand: what S3 would say of these bytes, keeping any content headers it had.
        using var content = file.OpenRead();
        return new S3ObjectInfo(key, file.Length, file.LastWriteTimeUtc, Convert.ToHexStringLower(MD5.HashData(content)),
            stored?.Headers ?? [], stored?.UserMetadata ?? []);
    }

    private static S3ObjectInfo Info(string key, S3StoredObject stored) =>
        new(key, stored.Length, stored.LastModified, stored.ETag, stored.Headers, stored.UserMetadata, stored.ChecksumAlgorithm, stored.ChecksumValue);
}
