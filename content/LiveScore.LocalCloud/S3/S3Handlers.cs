using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LiveScore.LocalCloud.S3;

/// <summary>The operations the local S3 serves, by CloudTrail name; any other is answered NotImplemented.</summary>
internal static class S3Handlers
{
    private const int MaxKeysLimit = 1000;

    // Content headers an object keeps and returns on reads, as S3 does.
    private static readonly string[] StoredHeaders = ["Content-Type", "Content-Encoding", "Content-Disposition", "Content-Language", "Cache-Control", "Expires"];

    public static readonly IReadOnlyDictionary<string, Func<S3Storage, S3Request, Task>> ByOperation = Build();

    private static Dictionary<string, Func<S3Storage, S3Request, Task>> Build()
    {
        var handlers = new Dictionary<string, Func<S3Storage, S3Request, Task>>(StringComparer.Ordinal)
        {
            ["ListBuckets"] = ListBucketsAsync,
            ["CreateBucket"] = (storage, request) => Done(request, 200, () => storage.CreateBucket(request.RequiredBucket)),
            ["HeadBucket"] = (storage, request) => Done(request, 200, () =>
            {
                if (!storage.BucketExists(request.RequiredBucket)) throw S3Exception.NoSuchBucket();
                request.Response.Headers["x-amz-bucket-region"] = "us-east-1";
            }),
            ["DeleteBucket"] = (storage, request) => Done(request, 204, () => storage.DeleteBucket(request.RequiredBucket)),
            ["GetBucketLocation"] = (storage, request) =>
            {
                if (!storage.BucketExists(request.RequiredBucket)) throw S3Exception.NoSuchBucket();
                // us-east-1 is the empty location constraint.
                return S3Xml.WriteAsync(request.Response, S3Xml.Element("LocationConstraint"), request.Http.RequestAborted);
            },
            ["ListObjects"] = ListObjectsV2Async,
            ["PutObject"] = PutObjectAsync,
            ["CopyObject"] = CopyObjectAsync,
            ["GetObject"] = (storage, request) => GetObjectAsync(storage, request, withBody: true),
            ["HeadObject"] = (storage, request) => GetObjectAsync(storage, request, withBody: false),
            ["DeleteObject"] = (storage, request) => Done(request, 204, () => storage.DeleteObject(request.RequiredBucket, request.RequiredKey)),
            ["DeleteObjects"] = DeleteObjectsAsync,
        };
        foreach (var kind in S3BucketConfigurations.Kinds)
        {
            handlers["Put" + kind.Operation] = (storage, request) => S3BucketConfigurations.PutAsync(storage, request, kind);
            handlers["Get" + kind.Operation] = (storage, request) => S3BucketConfigurations.GetAsync(storage, request, kind);
            if (kind.Deletable) handlers["Delete" + kind.Operation] = (storage, request) => S3BucketConfigurations.DeleteAsync(storage, request, kind);
        }
        return handlers;
    }

    private static Task ListBucketsAsync(S3Storage storage, S3Request request) =>
        S3Xml.WriteAsync(request.Response, S3Xml.Element("ListAllMyBucketsResult",
            S3Xml.Owner(),
            S3Xml.Element("Buckets", storage.ListBuckets().Select(b =>
                S3Xml.Element("Bucket", S3Xml.Element("Name", b.Name), S3Xml.Element("CreationDate", S3Xml.Timestamp(b.CreatedAt)))))),
            request.Http.RequestAborted);

    private static Task ListObjectsV2Async(S3Storage storage, S3Request request)
    {
        if (request.Query("list-type") != "2") throw S3Exception.NotImplemented("ListObjects (version 1; use ListObjectsV2)");
        var prefix = request.Query("prefix") ?? "";
        var delimiter = request.Query("delimiter");
        var maxKeys = MaxKeysLimit;
        if (request.Query("max-keys") is { } maxKeysText
            && (!int.TryParse(maxKeysText, NumberStyles.None, CultureInfo.InvariantCulture, out maxKeys) || maxKeys < 0))
        {
            throw S3Exception.InvalidArgument("Provided max-keys not an integer or within integer range");
        }
        maxKeys = Math.Min(maxKeys, MaxKeysLimit);
        var continuation = request.Query("continuation-token");
        var startAfter = request.Query("start-after");
        var urlEncoded = request.Query("encoding-type") == "url";
        string? Encode(string? value) => value is not null && urlEncoded ? Uri.EscapeDataString(value) : value;
        var page = S3Listing.Page(storage.ListObjects(request.RequiredBucket, prefix), prefix, delimiter, maxKeys,
            continuation is not null ? S3Listing.ResumeAfter(continuation) : startAfter);
        return S3Xml.WriteAsync(request.Response, S3Xml.Element("ListBucketResult",
            S3Xml.Element("Name", request.Bucket),
            S3Xml.Element("Prefix", Encode(prefix)),
            delimiter is null ? null : S3Xml.Element("Delimiter", Encode(delimiter)),
            S3Xml.Element("MaxKeys", maxKeys),
            urlEncoded ? S3Xml.Element("EncodingType", "url") : null,
            S3Xml.Element("KeyCount", page.Contents.Count + page.CommonPrefixes.Count),
            S3Xml.Element("IsTruncated", page.NextContinuationToken is null ? "false" : "true"),
            continuation is null ? null : S3Xml.Element("ContinuationToken", continuation),
            page.NextContinuationToken is null ? null : S3Xml.Element("NextContinuationToken", page.NextContinuationToken),
            startAfter is null ? null : S3Xml.Element("StartAfter", Encode(startAfter)),
            page.Contents.Select(o => S3Xml.Element("Contents",
                S3Xml.Element("Key", Encode(o.Key)),
                S3Xml.Element("LastModified", S3Xml.Timestamp(o.LastModified)),
                S3Xml.Element("ETag", Quoted(o.ETag)),
                o.ChecksumAlgorithm is null ? null : S3Xml.Element("ChecksumAlgorithm", o.ChecksumAlgorithm),
                S3Xml.Element("Size", o.Length),
                S3Xml.Element("StorageClass", "STANDARD"))),
            page.CommonPrefixes.Select(p => S3Xml.Element("CommonPrefixes", S3Xml.Element("Prefix", Encode(p))))),
            request.Http.RequestAborted);
    }

    private static async Task PutObjectAsync(S3Storage storage, S3Request request)
    {
        var headers = request.HttpRequest.Headers;
        var stored = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in StoredHeaders)
        {
            // aws-chunked describes this upload's framing, not the object.
            var value = name == "Content-Encoding"
                ? string.Join(',', headers.ContentEncoding.ToString().Split(',', StringSplitOptions.TrimEntries).Where(e => e is not ("aws-chunked" or "")))
                : headers[name].ToString();
            if (value.Length > 0) stored[name] = value;
        }
        stored.TryAdd("Content-Type", "binary/octet-stream");
        var info = await storage.PutObjectAsync(request.RequiredBucket, request.RequiredKey,
            file => S3Payload.CopyAsync(request.HttpRequest, file, request.Http.RequestAborted), stored, UserMetadata(headers));
        request.Response.Headers.ETag = Quoted(info.ETag);
        request.Response.Headers["x-amz-server-side-encryption"] = "AES256";
        if (info.ChecksumAlgorithm is not null) request.Response.Headers["x-amz-checksum-" + info.ChecksumAlgorithm.ToLowerInvariant()] = info.ChecksumValue;
    }

    private static async Task CopyObjectAsync(S3Storage storage, S3Request request)
    {
        var source = Uri.UnescapeDataString(request.HttpRequest.Headers["x-amz-copy-source"].ToString().Split('?')[0]).TrimStart('/');
        var slash = source.IndexOf('/');
        if (slash <= 0) throw S3Exception.InvalidArgument("Copy Source must mention the source bucket and key: sourcebucket/sourcekey");
        var (sourceBucket, sourceKey) = (source[..slash], source[(slash + 1)..]);
        request.Parameters["x-amz-copy-source"] = source;
        var original = storage.GetObjectInfo(sourceBucket, sourceKey) ?? throw S3Exception.NoSuchKey();
        var replace = request.HttpRequest.Headers["x-amz-metadata-directive"] == "REPLACE";
        var headers = replace
            ? StoredHeaders.Where(h => request.HttpRequest.Headers[h].ToString().Length > 0).ToDictionary(h => h, h => request.HttpRequest.Headers[h].ToString(), StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(original.Headers, StringComparer.OrdinalIgnoreCase);
        var info = await storage.PutObjectAsync(request.RequiredBucket, request.RequiredKey, async file =>
        {
            await using var content = storage.OpenRead(sourceBucket, sourceKey);
            using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
            var buffer = new byte[81_920];
            long length = 0;
            for (var read = await content.ReadAsync(buffer, request.Http.RequestAborted); read > 0; read = await content.ReadAsync(buffer, request.Http.RequestAborted))
            {
                md5.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), request.Http.RequestAborted);
                length += read;
            }
            return new S3PayloadDigest(length, Convert.ToHexStringLower(md5.GetHashAndReset()), original.ChecksumAlgorithm, original.ChecksumValue);
        }, headers, replace ? UserMetadata(request.HttpRequest.Headers) : new Dictionary<string, string>(original.UserMetadata));
        await S3Xml.WriteAsync(request.Response, S3Xml.Element("CopyObjectResult",
            S3Xml.Element("LastModified", S3Xml.Timestamp(info.LastModified)), S3Xml.Element("ETag", Quoted(info.ETag))), request.Http.RequestAborted);
    }

    private static async Task GetObjectAsync(S3Storage storage, S3Request request, bool withBody)
    {
        var info = storage.GetObjectInfo(request.RequiredBucket, request.RequiredKey) ?? throw S3Exception.NoSuchKey();
        var response = request.Response;
        var range = Range(request.HttpRequest.Headers.Range.ToString(), info.Length);
        foreach (var (name, value) in info.Headers) response.Headers[name] = value;
        foreach (var (name, value) in info.UserMetadata) response.Headers["x-amz-meta-" + name] = value;
        response.Headers.ETag = Quoted(info.ETag);
        response.Headers.LastModified = info.LastModified.ToString("R", CultureInfo.InvariantCulture);
        response.Headers.AcceptRanges = "bytes";
        response.Headers["x-amz-server-side-encryption"] = "AES256";
        // A checksum describes the whole object, so it comes only with the whole object, and only when asked for.
        if (range is null && info.ChecksumAlgorithm is not null && request.HttpRequest.Headers["x-amz-checksum-mode"] == "ENABLED")
        {
            response.Headers["x-amz-checksum-" + info.ChecksumAlgorithm.ToLowerInvariant()] = info.ChecksumValue;
        }
        var (offset, length) = range ?? (0, info.Length);
        if (range is not null)
        {
            response.StatusCode = 206;
            response.Headers.ContentRange = $"bytes {offset}-{offset + length - 1}/{info.Length}";
        }
        response.ContentLength = length;
        if (!withBody) return;
        await using var content = storage.OpenRead(request.RequiredBucket, request.RequiredKey);
        content.Seek(offset, SeekOrigin.Begin);
        var buffer = new byte[81_920];
        for (var left = length; left > 0;)
        {
            var read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), request.Http.RequestAborted);
            if (read == 0) break;
            await response.Body.WriteAsync(buffer.AsMemory(0, read), request.Http.RequestAborted);
            left -= read;
        }
    }

    private static async Task DeleteObjectsAsync(S3Storage storage, S3Request request)
    {
        using var body = new MemoryStream();
        await S3Payload.CopyAsync(request.HttpRequest, body, request.Http.RequestAborted);
        var document = S3Xml.Parse(Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length));
        var quiet = document.Element(S3Xml.Namespace + "Quiet")?.Value == "true";
        var keys = document.Elements(S3Xml.Namespace + "Object").Select(o => o.Element(S3Xml.Namespace + "Key")?.Value ?? "").ToList();
        if (keys.Count is 0 or > 1000) throw S3Exception.MalformedXml();
        var results = new List<System.Xml.Linq.XElement>();
        foreach (var key in keys)
        {
            try
            {
                storage.DeleteObject(request.RequiredBucket, key);
                if (!quiet) results.Add(S3Xml.Element("Deleted", S3Xml.Element("Key", key)));
            }
            catch (S3Exception e) when (e.Code != "NoSuchBucket")
            {
                results.Add(S3Xml.Element("Error", S3Xml.Element("Key", key), S3Xml.Element("Code", e.Code), S3Xml.Element("Message", e.Message)));
            }
        }
        await S3Xml.WriteAsync(request.Response, S3Xml.Element("DeleteResult", results), request.Http.RequestAborted);
    }

    /// <summary>A single byte range (bytes=a-b, a- or -n) within the object, null for none; several ranges are refused.</summary>
    private static (long Offset, long Length)? Range(string header, long size)
    {
        if (header.Length == 0) return null;
        if (!header.StartsWith("bytes=", StringComparison.Ordinal) || header.Contains(','))
        {
            throw S3Exception.NotImplemented($"The Range '{header}' (only one range of bytes is supported)");
        }
        var parts = header["bytes=".Length..].Split('-', 2);
        var hasStart = long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start);
        var hasEnd = long.TryParse(parts.ElementAtOrDefault(1), NumberStyles.None, CultureInfo.InvariantCulture, out var end);
        if (!hasStart && hasEnd) (start, end) = (Math.Max(0, size - end), size - 1);
        else if (hasStart && !hasEnd) end = size - 1;
        else if (!hasStart) return null;
        end = Math.Min(end, size - 1);
        if (start >= size || start > end) throw S3Exception.InvalidRange();
        return (start, end - start + 1);
    }

    private static Dictionary<string, string> UserMetadata(IHeaderDictionary headers) => headers
        .Where(h => h.Key.StartsWith("x-amz-meta-", StringComparison.OrdinalIgnoreCase))
        .ToDictionary(h => h.Key["x-amz-meta-".Length..].ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal);

    private static string Quoted(string etag) => $"\"{etag}\"";

    private static Task Done(S3Request request, int status, Action action)
    {
        action();
        request.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
