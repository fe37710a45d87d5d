namespace LiveScore.Lambda.Events;

/// <summary>HTTP header names are case-insensitive, but event header maps are plain JSON objects.</summary>
internal static class HeaderLookup
{
    public static string? Find(IReadOnlyDictionary<string, string>? headers, string name)
    {
        if (headers is null)
        {
            return null;
        }
        if (headers.TryGetValue(name, out var exact))
        {
            return exact;
        }
        foreach (var (key, value) in headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        return null;
    }
}
