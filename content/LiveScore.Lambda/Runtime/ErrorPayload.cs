using LiveScore.Lambda.Logging;

namespace LiveScore.Lambda.Runtime;

/// <summary>The error document the Runtime API takes for init and invocation errors.</summary>
public sealed record ErrorPayload(string ErrorType, string ErrorMessage, IReadOnlyList<string> StackTrace)
{
    public static ErrorPayload From(Exception exception) =>
        new(ExceptionDetails.TypeName(exception), exception.Message, ExceptionDetails.StackTrace(exception));
}
