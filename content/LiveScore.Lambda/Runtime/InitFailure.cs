using LiveScore.Lambda.Logging;

namespace LiveScore.Lambda.Runtime;

/// <summary>Why the runtime cannot serve any invocation; reported once to <c>/runtime/init/error</c>.</summary>
internal sealed class InitFailure(string errorType, string message, Exception? cause = null) : Exception(message, cause)
{
    public string ErrorType { get; } = errorType;

    /// <summary>The cause's type and frames when there is one, so the report points at the failing factory.</summary>
    public ErrorPayload ToPayload() => InnerException is { } cause
        ? new ErrorPayload(ExceptionDetails.TypeName(cause), Message, ExceptionDetails.StackTrace(cause))
        : new ErrorPayload(ErrorType, Message, []);
}
