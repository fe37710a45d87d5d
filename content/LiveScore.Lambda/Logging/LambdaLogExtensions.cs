namespace LiveScore.Lambda.Logging;

public static class LambdaLogExtensions
{
    public static void Debug(this ILambdaLog log, string message, IReadOnlyList<KeyValuePair<string, string>>? fields = null) =>
        log.Write(LogLevel.Debug, message, fields);

    public static void Info(this ILambdaLog log, string message, IReadOnlyList<KeyValuePair<string, string>>? fields = null) =>
        log.Write(LogLevel.Info, message, fields);

    public static void Warn(this ILambdaLog log, string message, IReadOnlyList<KeyValuePair<string, string>>? fields = null) =>
        log.Write(LogLevel.Warn, message, fields);

    public static void Error(this ILambdaLog log, string message, Exception? exception = null, IReadOnlyList<KeyValuePair<string, string>>? fields = null) =>
        log.Write(LogLevel.Error, message, fields, exception);

    public static void Fatal(this ILambdaLog log, string message, Exception? exception = null, IReadOnlyList<KeyValuePair<string, string>>? fields = null) =>
        log.Write(LogLevel.Fatal, message, fields, exception);
}
