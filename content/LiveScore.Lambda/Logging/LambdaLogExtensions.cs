namespace LiveScore.Lambda.Logging;

/// <summary>Shorthands for <see cref="ILambdaLog.Write"/> at one level.</summary>
public static class LambdaLogExtensions
{
    /// <summary>Writes a DEBUG entry; dropped unless the threshold is DEBUG or TRACE.</summary>
    public static void Debug(this ILambdaLog log, string message, IReadOnlyList<KeyValuePair<string, string>>? fields = null) =>
        log.Write(LogLevel.Debug, message, fields);

    /// <summary>Writes an INFO entry.</summary>
    public static void Info(this ILambdaLog log, string message, IReadOnlyList<KeyValuePair<string, string>>? fields = null) =>
        log.Write(LogLevel.Info, message, fields);

    /// <summary>Writes a WARN entry.</summary>
    public static void Warn(this ILambdaLog log, string message, IReadOnlyList<KeyValuePair<string, string>>? fields = null) =>
        log.Write(LogLevel.Warn, message, fields);

    /// <summary>Writes an ERROR entry, with the exception's type, message and stack trace when there is one.</summary>
    public static void Error(this ILambdaLog log, string message, Exception? exception = null, IReadOnlyList<KeyValuePair<string, string>>? fields = null) =>
        log.Write(LogLevel.Error, message, fields, exception);

    /// <summary>A log that adds <paramref name="name"/> = <paramref name="value"/> to every entry, e.g. the id of the change being handled.</summary>
    public static ILambdaLog With(this ILambdaLog log, string name, string value) => new FieldLog(log, new(name, value));

    /// <summary>Writes a FATAL entry, with the exception's type, message and stack trace when there is one.</summary>
    public static void Fatal(this ILambdaLog log, string message, Exception? exception = null, IReadOnlyList<KeyValuePair<string, string>>? fields = null) =>
        log.Write(LogLevel.Fatal, message, fields, exception);

    private sealed class FieldLog(ILambdaLog inner, KeyValuePair<string, string> field) : ILambdaLog
    {
        public bool IsEnabled(LogLevel level) => inner.IsEnabled(level);

        public void Write(LogLevel level, string message, IReadOnlyList<KeyValuePair<string, string>>? fields = null, Exception? exception = null) =>
            inner.Write(level, message, [field, .. fields ?? []], exception);

        public void Count(string metric, int value) => inner.Count(metric, value);
    }
}
