using System.Net;

namespace LiveScore.Lambda.Aws;

/// <summary>A service response read to the end, so it can be inspected after the connection is released.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Body">The whole response body as text; error responses carry the service's error code and message in it.</param>
public sealed record AwsResponse(HttpStatusCode Status, string Body)
{
    /// <summary>A 2xx status.</summary>
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>HTTP 429 or a 5xx: worth another try after a pause.</summary>
    public bool IsThrottledOrServerFault => Status == HttpStatusCode.TooManyRequests || (int)Status >= 500;

    /// <summary>The response headers by name (case-insensitive), repeated values joined with commas.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
