using System.Text;

namespace LiveScore.LocalCloud.S3;

/// <summary>One page of a ListObjectsV2 answer.</summary>
internal sealed record S3ListPage(IReadOnlyList<S3ObjectInfo> Contents, IReadOnlyList<string> CommonPrefixes, string? NextContinuationToken);

/// <summary>ListObjectsV2's paging: keys and common prefixes count alike towards max-keys, in key order.</summary>
internal static class S3Listing
{
    /// <param name="objects">The objects under <paramref name="prefix"/>, in key order.</param>
    /// <param name="after">Only entries after this key (start-after, or where a continuation token left off).</param>
    public static S3ListPage Page(IReadOnlyList<S3ObjectInfo> objects, string prefix, string? delimiter, int maxKeys, string? after)
    {
        var contents = new List<S3ObjectInfo>();
        var prefixes = new List<string>();
        string? last = null;
        var truncated = false;
        foreach (var item in objects)
        {
            if (after is not null && string.CompareOrdinal(item.Key, after) <= 0) continue;
            var common = CommonPrefix(item.Key, prefix, delimiter);
            // Keys rolled up into a prefix already listed, on this page or an earlier one (the token is that prefix).
            if (common is not null && (common == after || (prefixes.Count > 0 && prefixes[^1] == common))) continue;
            if (contents.Count + prefixes.Count == maxKeys)
            {
                truncated = true;
                break;
            }
            if (common is null) contents.Add(item);
            else prefixes.Add(common);
            last = common ?? item.Key;
        }
        return new S3ListPage(contents, prefixes, truncated && last is not null ? Token(last) : null);
    }

    /// <summary>Where a continuation token says to resume: it is opaque to clients, and only this endpoint reads it.</summary>
    public static string ResumeAfter(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            throw S3Exception.InvalidArgument("The continuation token provided is incorrect");
        }
    }

    private static string Token(string last) => Convert.ToBase64String(Encoding.UTF8.GetBytes(last));

    private static string? CommonPrefix(string key, string prefix, string? delimiter)
    {
        if (string.IsNullOrEmpty(delimiter)) return null;
        var at = key.IndexOf(delimiter, prefix.Length, StringComparison.Ordinal);
        return at < 0 ? null : key[..(at + delimiter.Length)];
    }
}
