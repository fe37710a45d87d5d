namespace LiveScore.Lambda;

/// <summary>Severity of a log entry, lowest first; the same levels as Lambda's log-level setting.</summary>
public enum LogLevel
{
    /// <summary>Step-by-step detail for tracing a problem.</summary>
    Trace,

    /// <summary>Diagnostic detail; dropped at the default threshold.</summary>
    Debug,

    /// <summary>Normal operation; the default threshold.</summary>
    Info,

    /// <summary>Something unexpected that the function recovered from.</summary>
    Warn,

    /// <summary>A failed operation, such as one invocation, record or outbound call.</summary>
    Error,

    /// <summary>A failure after which the function cannot serve at all.</summary>
    Fatal,
}

/// <summary>Structured log in the Lambda JSON log shape; fields are extra top-level properties.</summary>
public interface ILambdaLog
{
    /// <summary>Whether entries at <paramref name="level"/> are written, so callers can skip building what would be dropped.</summary>
    bool IsEnabled(LogLevel level);
    /// <summary>Writes one entry, unless <paramref name="level"/> is below the threshold.</summary>
    /// <param name="fields">Extra top-level properties of the entry, in order.</param>
    /// <param name="exception">Written as <c>errorType</c>, <c>errorMessage</c> and <c>stackTrace</c>.</param>
    void Write(LogLevel level, string message, IReadOnlyList<KeyValuePair<string, string>>? fields = null, Exception? exception = null);

    /// <summary>
    /// Counts <paramref name="value"/> occurrences of <paramref name="metric"/>, such as failed pushes. A JSON log writes it in
    /// CloudWatch's embedded metric format, so it becomes a metric to graph and alarm on; this default writes an INFO entry.
    /// </summary>
    void Count(string metric, int value) =>
        Write(LogLevel.Info, metric, [new("metric", metric), new("value", value.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
}
