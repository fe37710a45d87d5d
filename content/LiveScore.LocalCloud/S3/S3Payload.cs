using System.Security.Cryptography;

namespace LiveScore.LocalCloud.S3;

/// <summary>What a request body turned out to be once read and checked.</summary>
/// <param name="Md5">The MD5 of the decoded bytes in hex: an object's ETag.</param>
internal sealed record S3PayloadDigest(long Length, string Md5, string? ChecksumAlgorithm, string? ChecksumValue);

/// <summary>
/// Reads a request body (decoding aws-chunked) and refuses it unless every digest the client sent matches:
/// Content-MD5, an x-amz-checksum-* header, or the checksum trailer of an aws-chunked body.
/// </summary>
internal static class S3Payload
{
    public static async Task<S3PayloadDigest> CopyAsync(HttpRequest request, Stream destination, CancellationToken cancellationToken)
    {
        var headers = request.Headers;
        var chunked = headers["x-amz-content-sha256"].ToString().StartsWith("STREAMING-", StringComparison.Ordinal)
            || headers.ContentEncoding.ToString().Contains("aws-chunked", StringComparison.Ordinal);
        var chunkedStream = chunked ? new AwsChunkedStream(request.Body) : null;
        var source = chunkedStream ?? request.Body;
        var checksum = RequestedChecksum(headers);
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var buffer = new byte[81_920];
        long length = 0;
        for (var read = await source.ReadAsync(buffer, cancellationToken); read > 0; read = await source.ReadAsync(buffer, cancellationToken))
        {
            md5.AppendData(buffer, 0, read);
            checksum?.Append(buffer.AsSpan(0, read));
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            length += read;
        }
        if (chunked && long.TryParse(headers["x-amz-decoded-content-length"], out var declared) && declared != length)
        {
            throw S3Exception.IncompleteBody($"You did not provide the number of bytes specified by x-amz-decoded-content-length ({declared}); got {length}.");
        }
        var digest = md5.GetHashAndReset();
        if (headers.ContentMD5.ToString() is { Length: > 0 } contentMd5)
        {
            if (!TryBase64(contentMd5, out var expected)) throw new S3Exception(400, "InvalidDigest", "The Content-MD5 you specified was invalid.");
            if (!expected.AsSpan().SequenceEqual(digest)) throw S3Exception.BadDigest("The Content-MD5 you specified did not match what we received.");
        }
        string? value = null;
        if (checksum is not null)
        {
            value = checksum.Value();
            var sent = headers[checksum.HeaderName].ToString() is { Length: > 0 } header ? header
                : chunkedStream?.Trailers.GetValueOrDefault(checksum.HeaderName);
            if (sent is not null && sent != value)
            {
                throw S3Exception.BadDigest($"The {checksum.Algorithm} you specified did not match the calculated checksum.");
            }
        }
        return new S3PayloadDigest(length, Convert.ToHexStringLower(digest), checksum?.Algorithm, value);
    }

    // The algorithm named by an x-amz-checksum-* header, the x-amz-trailer header, or x-amz-sdk-checksum-algorithm.
    private static S3Checksum? RequestedChecksum(IHeaderDictionary headers)
    {
        var named = headers.Keys.FirstOrDefault(h => h.StartsWith("x-amz-checksum-", StringComparison.OrdinalIgnoreCase)
                && !h.Equals("x-amz-checksum-type", StringComparison.OrdinalIgnoreCase) && !h.Equals("x-amz-checksum-mode", StringComparison.OrdinalIgnoreCase))?["x-amz-checksum-".Length..]
            ?? (headers["x-amz-trailer"].ToString() is { Length: > 0 } trailer && trailer.StartsWith("x-amz-checksum-", StringComparison.OrdinalIgnoreCase)
                ? trailer["x-amz-checksum-".Length..] : null)
            ?? (headers["x-amz-sdk-checksum-algorithm"].ToString() is { Length: > 0 } sdk ? sdk : null);
        if (named is null) return null;
        return S3Checksum.For(named) ?? throw S3Exception.InvalidRequest($"The checksum algorithm {named} is not supported.");
    }

    private static bool TryBase64(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length];
        var ok = Convert.TryFromBase64String(text, bytes, out var written);
        bytes = bytes[..written];
        return ok;
    }
}
