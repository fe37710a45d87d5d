namespace LiveScore.Lambda.Logging;

/// <summary>The level names Lambda uses in JSON logs and in <c>AWS_LAMBDA_LOG_LEVEL</c>.</summary>
public static class LogLevels
{
    /// <summary>The environment variable in which Lambda passes the function's application log level.</summary>
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

    /// <summary>The level's name as Lambda writes it, such as <c>WARN</c>.</summary>
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
