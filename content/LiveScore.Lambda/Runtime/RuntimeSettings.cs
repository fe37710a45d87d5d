using LiveScore.Lambda.Logging;

namespace LiveScore.Lambda.Runtime;

/// <summary>What the runtime reads from the environment Lambda sets up.</summary>
/// <param name="RuntimeApi">host:port of the Runtime API; null when unset.</param>
/// <param name="HandlerId">The handler id from <c>_HANDLER</c>; null when unset.</param>
/// <param name="FunctionName">The function's name, or the handler id when <c>AWS_LAMBDA_FUNCTION_NAME</c> is unset.</param>
/// <param name="LogLevel">The log threshold from <c>AWS_LAMBDA_LOG_LEVEL</c>; INFO when unset.</param>
public sealed record RuntimeSettings(string? RuntimeApi, string? HandlerId, string FunctionName, LogLevel LogLevel)
{
    /// <summary>Names the Runtime API's host:port.</summary>
    public const string RuntimeApiVariable = "AWS_LAMBDA_RUNTIME_API";
    /// <summary>The function's handler setting: the handler id of the function to serve.</summary>
    public const string HandlerVariable = "_HANDLER";
    /// <summary>The function's name.</summary>
    public const string FunctionNameVariable = "AWS_LAMBDA_FUNCTION_NAME";

    /// <summary>Reads the settings; blank values count as unset.</summary>
    /// <param name="environment">Reads one environment variable; null when it is unset.</param>
    public static RuntimeSettings Read(Func<string, string?> environment)
    {
        var handlerId = NullIfBlank(environment(HandlerVariable));
        return new RuntimeSettings(
            NullIfBlank(environment(RuntimeApiVariable)),
            handlerId,
            NullIfBlank(environment(FunctionNameVariable)) ?? handlerId ?? string.Empty,
            LogLevels.Parse(environment(LogLevels.Variable)));
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
