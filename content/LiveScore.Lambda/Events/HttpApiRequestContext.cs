using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>The <c>requestContext</c> of an HTTP API payload format 2.0 request.</summary>
public sealed record HttpApiRequestContext
{
    /// <summary>The id of the AWS account that owns the API.</summary>
    [JsonPropertyName("accountId")]
    public string AccountId { get; set; } = "";

    /// <summary>API Gateway's id of the HTTP API.</summary>
    [JsonPropertyName("apiId")]
    public string ApiId { get; set; } = "";

    /// <summary>
    /// Present only when a route has an authorizer. Its shape depends on the authorizer kind
    /// (<c>jwt</c>, <c>lambda</c> or <c>iam</c>), so it stays raw JSON.
    /// </summary>
    [JsonPropertyName("authorizer")]
    public JsonElement? Authorizer { get; set; }

    /// <summary>The host name the client called, such as <c>abc123.execute-api.eu-west-1.amazonaws.com</c>.</summary>
    [JsonPropertyName("domainName")]
    public string DomainName { get; set; } = "";

    /// <summary>The first label of <see cref="DomainName"/>, such as <c>abc123</c>.</summary>
    [JsonPropertyName("domainPrefix")]
    public string DomainPrefix { get; set; } = "";

    /// <summary>The request's method, path, protocol and caller.</summary>
    [JsonPropertyName("http")]
    public HttpApiHttpDetails Http { get; set; } = new();

    /// <summary>API Gateway's id of this request; not the Lambda request id.</summary>
    [JsonPropertyName("requestId")]
    public string RequestId { get; set; } = "";

    /// <summary>The route key that matched, such as <c>POST /players</c>.</summary>
    [JsonPropertyName("routeKey")]
    public string RouteKey { get; set; } = "";

    /// <summary>The stage name, such as <c>$default</c>.</summary>
    [JsonPropertyName("stage")]
    public string Stage { get; set; } = "";

    /// <summary>Request time in common log format, e.g. <c>15/Jan/2025:10:00:00 +0000</c>.</summary>
    [JsonPropertyName("time")]
    public string Time { get; set; } = "";

    /// <summary>Request time in milliseconds since the Unix epoch.</summary>
    [JsonPropertyName("timeEpoch")]
    public long TimeEpoch { get; set; }
}
