using System.Text;
using System.Text.Json;
using LiveScore.Lambda.Events;

namespace LiveScore.Lambda.Http;

/// <summary>Translates between API Gateway HTTP API payload 2.0 events and plain HTTP requests and results.</summary>
public static class HttpApiAdapter
{
    /// <summary>
    /// Reads the event, lets <paramref name="handle"/> answer it and writes the answer. When a service the API depends on
    /// does not answer (a timeout, a refused connection, a 5xx or throttling after the SDK's retries), the answer is a
    /// 503 problem with <c>Retry-After</c>, logged with the cause, instead of the 500 API Gateway gives for a failed
    /// invocation. Any other exception fails the invocation as before.
    /// </summary>
    public static async Task<byte[]> HandleAsync(
        ReadOnlyMemory<byte> eventJson, InvocationContext context, Func<HttpRequestData, CancellationToken, Task<HttpResult>> handle)
    {
        var request = ToRequest(eventJson);
        try
        {
            return ToResponse(await handle(request, context.CancellationToken));
        }
        catch (Exception e) when (IsUnavailable(e, context.CancellationToken))
        {
            context.Log.Write(LogLevel.Error, "A dependency did not answer; the request was answered with 503.", [new("path", request.Path)], e);
            return ToResponse(Responses.Problem(Problem.Unavailable()) with
            {
                Headers = new Dictionary<string, string> { ["Retry-After"] = "1" },
            });
        }
    }

    private static bool IsUnavailable(Exception e, CancellationToken invocation) => e switch
    {
        HttpRequestException or TimeoutException or IOException => true,
        OperationCanceledException => !invocation.IsCancellationRequested,
        Amazon.Runtime.AmazonServiceException service => (int)service.StatusCode >= 500 || service.ErrorCode is "ThrottlingException"
            or "ProvisionedThroughputExceededException" or "RequestLimitExceeded" || service.InnerException is not null && IsUnavailable(service.InnerException, invocation),
        Amazon.Runtime.AmazonClientException { InnerException: { } inner } => IsUnavailable(inner, invocation),
        _ => false,
    };

    /// <summary>Reads an HTTP API event; throws <see cref="JsonException"/> when the JSON is not one.</summary>
    public static HttpRequestData ToRequest(ReadOnlyMemory<byte> eventJson)
    {
        var request = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.HttpApiRequest)
            ?? throw new JsonException("The HTTP API event is null.");
        return new HttpRequestData(
            request.RequestContext.Http.Method,
            request.RawPath,
            request.QueryStringParameters ?? new Dictionary<string, string>(),
            request.BodyBytes())
        {
            Headers = new Dictionary<string, string>(request.Headers, StringComparer.OrdinalIgnoreCase),
            UserId = JwtSubject(request.RequestContext.Authorizer),
        };
    }

    // {"jwt":{"claims":{"sub":"..."},"scopes":...}}: what a JWT authorizer passes on; other authorizers have no jwt block.
    private static string? JwtSubject(JsonElement? authorizer) =>
        authorizer is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("jwt", out var jwt) && jwt.ValueKind == JsonValueKind.Object
        && jwt.TryGetProperty("claims", out var claims) && claims.ValueKind == JsonValueKind.Object
        && claims.TryGetProperty("sub", out var sub) && sub.ValueKind == JsonValueKind.String
        && sub.GetString() is { Length: > 0 } id
            ? id
            : null;

    /// <summary>Writes the HTTP API response event for <paramref name="result"/>, its body as UTF-8 text.</summary>
    public static byte[] ToResponse(HttpResult result)
    {
        var headers = new Dictionary<string, string>(result.Headers, StringComparer.OrdinalIgnoreCase);
        if (result.ContentType is not null)
        {
            headers["content-type"] = result.ContentType;
        }
        var response = new HttpApiResponse
        {
            StatusCode = result.StatusCode,
            Headers = headers,
            Body = result.Body.Length == 0 ? null : Encoding.UTF8.GetString(result.Body),
        };
        return JsonSerializer.SerializeToUtf8Bytes(response, HostingJsonContext.Default.HttpApiResponse);
    }
}
