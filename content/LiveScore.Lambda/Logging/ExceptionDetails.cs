namespace LiveScore.Lambda.Logging;

/// <summary>How an exception is described in logs and in error reports to the Runtime API.</summary>
public static class ExceptionDetails
{
    /// <summary>The exception's full type name, such as <c>System.InvalidOperationException</c>.</summary>
    public static string TypeName(Exception exception) => exception.GetType().FullName ?? exception.GetType().Name;

    /// <summary>
    /// One entry per stack frame, inner exceptions included after a "caused by" line. Native AOT frames carry
    /// no line numbers, so the inner exceptions' messages are often the most useful part.
    /// </summary>
    public static IReadOnlyList<string> StackTrace(Exception exception)
    {
        var lines = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (!ReferenceEquals(current, exception))
            {
                lines.Add($"caused by {TypeName(current)}: {current.Message}");
            }
            foreach (var frame in (current.StackTrace ?? string.Empty).AsSpan().EnumerateLines())
            {
                var trimmed = frame.Trim();
                if (!trimmed.IsEmpty)
                {
                    lines.Add(trimmed.ToString());
                }
            }
        }
        return lines;
    }
}
