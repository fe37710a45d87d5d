using System.Text;
using System.Text.RegularExpressions;

namespace LiveScore.LocalCloud.S3;

/// <summary>
/// Bucket names and object keys as they may reach the disk: every key maps to a path inside its bucket's folder, with
/// <c>/</c> as folder separators. Keys that could point elsewhere, or that no file system can hold, are refused.
/// </summary>
internal static partial class S3Names
{
    private const int MaxKeyBytes = 1024;
    private const int MaxSegmentBytes = 255;

    /// <summary>S3's rules for new buckets; they also keep names clear of the storage's own dot-folders.</summary>
    public static void CheckBucket(string bucket)
    {
        if (!BucketPattern().IsMatch(bucket) || bucket.Contains("..") || IpAddressPattern().IsMatch(bucket))
        {
            throw S3Exception.InvalidBucketName(bucket);
        }
    }

    /// <summary>The key's path segments, or an InvalidArgument naming why the local S3 cannot store it.</summary>
    public static string[] KeySegments(string key)
    {
        if (key.Length == 0) throw S3Exception.InvalidArgument("An object key must not be empty.");
        if (Encoding.UTF8.GetByteCount(key) > MaxKeyBytes) throw new S3Exception(400, "KeyTooLongError", "Your key is too long");
        if (key.Contains('\0') || key.Contains('\\'))
        {
            throw S3Exception.InvalidArgument($"The local S3 keeps objects as files and refuses keys with NUL or backslash characters: '{Printable(key)}'.");
        }
        var segments = key.Split('/');
        foreach (var segment in segments)
        {
            if (segment is "" or "." or "..")
            {
                throw S3Exception.InvalidArgument(
                    $"The local S3 keeps objects as files and refuses keys that start or end with '/', contain '//' or a '.' or '..' segment: '{Printable(key)}'.");
            }
            if (Encoding.UTF8.GetByteCount(segment) > MaxSegmentBytes)
            {
                throw S3Exception.InvalidArgument($"The local S3 keeps objects as files: each '/'-separated part of a key is at most {MaxSegmentBytes} bytes.");
            }
        }
        return segments;
    }

    private static string Printable(string key) => key.Replace("\0", "\\0", StringComparison.Ordinal);

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketPattern();

    [GeneratedRegex(@"^\d+\.\d+\.\d+\.\d+$")]
    private static partial Regex IpAddressPattern();
}
