using LiveScore.Lambda.Logging;

namespace LiveScore.Lambda.Runtime;

/// <summary>The error document the Runtime API takes for init and invocation errors.</summary>
/// <param name="ErrorType">What kind of error, such as the exception's full type name.</param>
/// <param name="ErrorMessage">The error message.</param>
/// <param name="StackTrace">One entry per stack frame; may be empty.</param>
public sealed record ErrorPayload(string ErrorType, string ErrorMessage, IReadOnlyList<string> StackTrace)
{
    /// <summary>Describes an exception by type name, message and stack frames, inner exceptions included.</summary>
    public static ErrorPayload From(Exception exception) =>
        new(ExceptionDetails.TypeName(exception), exception.Message, ExceptionDetails.StackTrace(exception));
}
