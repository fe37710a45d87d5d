using System.Globalization;

namespace LiveScore.Lambda;

/// <summary>The one text form of times that functions store in items and send to clients.</summary>
public static class Timestamps
{
    /// <summary>UTC with milliseconds, e.g. 2026-01-15T09:30:00.123Z: sorts as text and reads the same everywhere.</summary>
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
