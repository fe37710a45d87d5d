namespace LiveScore.Lambda.Logging;

/// <summary>The level names Lambda uses in JSON logs and in <c>AWS_LAMBDA_LOG_LEVEL</c>.</summary>
public static class LogLevels
{
    public const string Variable = "AWS_LAMBDA_LOG_LEVEL";

    /// <summary>Reads a threshold; unset or unknown values mean INFO, Lambda's own default.</summary>
    public static LogLevel Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "TRACE" => LogLevel.Trace,
        "DEBUG" => LogLevel.Debug,
        "WARN" => LogLevel.Warn,
        "ERROR" => LogLevel.Error,
        "FATAL" => LogLevel.Fatal,
        _ => LogLevel.Info,
    };

    public static string Name(LogLevel level) => level switch
    {
        LogLevel.Trace => "TRACE",
        LogLevel.Debug => "DEBUG",
        LogLevel.Info => "INFO",
        LogLevel.Warn => "WARN",
        LogLevel.Error => "ERROR",
        _ => "FATAL",
    };
}
