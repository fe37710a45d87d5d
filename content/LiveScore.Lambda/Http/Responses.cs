using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LiveScore.Lambda.Http;

public static class Responses
{
    public const string ProblemContentType = "application/problem+json";
    public const string JsonContentType = "application/json";

    public static HttpResult Json<T>(int status, T value, JsonTypeInfo<T> type) =>
        new(status, JsonSerializer.SerializeToUtf8Bytes(value, type), JsonContentType);

    public static HttpResult Problem(Problem problem) =>
        new(problem.Status, JsonSerializer.SerializeToUtf8Bytes(problem, HttpJsonContext.Web.Problem), ProblemContentType);

    public static HttpResult Invalid(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return Problem(Http.Problem.Validation(errors.ToDictionary()));
    }

    /// <summary>405 with the Allow header listing what the path does accept.</summary>
    public static HttpResult MethodNotAllowed(HttpRequestData request, string allowed) =>
        Problem(Http.Problem.MethodNotAllowed(request.Method, request.Path)) with
        {
            Headers = new Dictionary<string, string> { ["Allow"] = allowed },
        };
}
