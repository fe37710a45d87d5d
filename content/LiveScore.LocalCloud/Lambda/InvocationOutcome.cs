namespace LiveScore.LocalCloud.Lambda;

/// <summary>How one invocation ended: the function's response, or its error document and error type.</summary>
public sealed record InvocationOutcome(bool Succeeded, byte[] Payload, string? ErrorType)
{
    public static InvocationOutcome Failure(string errorType, string message) =>
        new(false, System.Text.Encoding.UTF8.GetBytes(
            System.Text.Json.JsonSerializer.Serialize(new LocalError(errorType, message), LocalJsonContext.Default.LocalError)), errorType);
}

public sealed record LocalError(string ErrorType, string ErrorMessage);
