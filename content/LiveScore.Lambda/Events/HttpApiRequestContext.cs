using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>The <c>requestContext</c> of an HTTP API payload format 2.0 request.</summary>
public sealed record HttpApiRequestContext
{
    [JsonPropertyName("accountId")]
    public string AccountId { get; set; } = "";

    [JsonPropertyName("apiId")]
    public string ApiId { get; set; } = "";

    /// <summary>
    /// Present only when a route has an authorizer. Its shape depends on the authorizer kind
    /// (<c>jwt</c>, <c>lambda</c> or <c>iam</c>), so it stays raw JSON.
    /// </summary>
    [JsonPropertyName("authorizer")]
    public JsonElement? Authorizer { get; set; }

    [JsonPropertyName("domainName")]
    public string DomainName { get; set; } = "";

    [JsonPropertyName("domainPrefix")]
    public string DomainPrefix { get; set; } = "";

    [JsonPropertyName("http")]
    public HttpApiHttpDetails Http { get; set; } = new();

    [JsonPropertyName("requestId")]
    public string RequestId { get; set; } = "";

    [JsonPropertyName("routeKey")]
    public string RouteKey { get; set; } = "";

    [JsonPropertyName("stage")]
    public string Stage { get; set; } = "";

    /// <summary>Request time in common log format, e.g. <c>15/Jan/2025:10:00:00 +0000</c>.</summary>
    [JsonPropertyName("time")]
    public string Time { get; set; } = "";

    /// <summary>Request time in milliseconds since the Unix epoch.</summary>
    [JsonPropertyName("timeEpoch")]
    public long TimeEpoch { get; set; }
}
