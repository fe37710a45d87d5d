using System.Text;
using System.Text.Json;
using LiveScore.Lambda.Events;

namespace LiveScore.Lambda.Http;

/// <summary>Translates between API Gateway HTTP API payload 2.0 events and plain HTTP requests and results.</summary>
public static class HttpApiAdapter
{
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
        };
    }

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
