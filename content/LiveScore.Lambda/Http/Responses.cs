using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LiveScore.Lambda.Http;

/// <summary>Builds <see cref="HttpResult"/>s with JSON and problem+json bodies.</summary>
public static class Responses
{
    /// <summary>The media type of RFC 9457 problem documents.</summary>
    public const string ProblemContentType = "application/problem+json";
    /// <summary>The media type of JSON bodies.</summary>
    public const string JsonContentType = "application/json";

    /// <summary>A JSON response, serialized with the source-generated <paramref name="type"/>.</summary>
    public static HttpResult Json<T>(int status, T value, JsonTypeInfo<T> type) =>
        new(status, JsonSerializer.SerializeToUtf8Bytes(value, type), JsonContentType);

    /// <summary>A problem+json response with the problem's status.</summary>
    public static HttpResult Problem(Problem problem) =>
        new(problem.Status, JsonSerializer.SerializeToUtf8Bytes(problem, HttpJsonContext.Web.Problem), ProblemContentType);

    /// <summary>A 400 validation problem naming one field and what is wrong with it.</summary>
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
