using System.Net;

namespace LiveScore.Lambda.Aws;

/// <summary>A service response read to the end, so it can be inspected after the connection is released.</summary>
public sealed record AwsResponse(HttpStatusCode Status, string Body)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>HTTP 429 or a 5xx: worth another try after a pause.</summary>
    public bool IsThrottledOrServerFault => Status == HttpStatusCode.TooManyRequests || (int)Status >= 500;
}
