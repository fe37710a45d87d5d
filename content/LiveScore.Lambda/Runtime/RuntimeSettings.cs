using LiveScore.Lambda.Logging;

namespace LiveScore.Lambda.Runtime;

/// <summary>What the runtime reads from the environment Lambda sets up.</summary>
public sealed record RuntimeSettings(string? RuntimeApi, string? HandlerId, string FunctionName, LogLevel LogLevel)
{
    public const string RuntimeApiVariable = "AWS_LAMBDA_RUNTIME_API";
    public const string HandlerVariable = "_HANDLER";
    public const string FunctionNameVariable = "AWS_LAMBDA_FUNCTION_NAME";

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
