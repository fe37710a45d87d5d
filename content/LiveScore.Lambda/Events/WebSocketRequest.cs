using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// An API Gateway WebSocket API event (Lambda proxy integration) for <c>$connect</c>, <c>$disconnect</c>
/// or a message route. Headers and query parameters come only with the connect and disconnect events;
/// a body comes only with messages.
/// </summary>
public sealed record WebSocketRequest
{
    /// <summary>Header names keep the client's case; use <see cref="Header"/> to look one up.</summary>
    [JsonPropertyName("headers")]
    public IReadOnlyDictionary<string, string>? Headers { get; set; }

    /// <summary>Every header value by name, with repeated headers as separate entries.</summary>
    [JsonPropertyName("multiValueHeaders")]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueHeaders { get; set; }

    /// <summary>The query parameters of the <c>$connect</c> URL, one value per name.</summary>
    [JsonPropertyName("queryStringParameters")]
    public IReadOnlyDictionary<string, string>? QueryStringParameters { get; set; }

    /// <summary>The query parameters of the <c>$connect</c> URL, with every value of a repeated name.</summary>
    [JsonPropertyName("multiValueQueryStringParameters")]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? MultiValueQueryStringParameters { get; set; }

    /// <summary>The route, connection id, event type and caller of the event.</summary>
    [JsonPropertyName("requestContext")]
    public WebSocketRequestContext RequestContext { get; set; } = new();

    /// <summary>The message: text, or base64 for binary frames; null on connect and disconnect.</summary>
    [JsonPropertyName("body")]
    public string? Body { get; set; }

    /// <summary>True for binary frames, whose <see cref="Body"/> is base64.</summary>
    [JsonPropertyName("isBase64Encoded")]
    public bool IsBase64Encoded { get; set; }

    /// <summary>The header's value whatever the case of <paramref name="name"/>, or null when absent.</summary>
    public string? Header(string name) => HeaderLookup.Find(Headers, name);

    /// <summary>The message as the client sent it: base64-decoded for binary frames, UTF-8 for text frames.</summary>
    public byte[] BodyBytes() => EventBody.Decode(Body, IsBase64Encoded);
}
