namespace LiveScore.Lambda.Runtime;

/// <summary>The Runtime API answered with a failure status, or with an invocation the runtime cannot serve.</summary>
public sealed class RuntimeApiException(string message) : Exception(message);
