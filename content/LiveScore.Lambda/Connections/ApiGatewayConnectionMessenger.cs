using System.Net;
using LiveScore.Lambda.Aws;

namespace LiveScore.Lambda.Connections;

/// <summary>The API Gateway management API for WebSocket connections: <c>POST</c>/<c>DELETE {endpoint}/@connections/{id}</c>.</summary>
public sealed class ApiGatewayConnectionMessenger : IConnectionMessenger
{
    private readonly string _connectionsPrefix;
    private readonly SignedRequestSender _sender;

    /// <summary>A messenger for the connections of one WebSocket API stage.</summary>
    /// <param name="endpoint">The API's management endpoint including the stage, e.g.
    /// <c>https://abc.execute-api.eu-west-1.amazonaws.com/prod</c>, or a local emulator's base URL.</param>
    public ApiGatewayConnectionMessenger(HttpClient http, Uri endpoint, string region, IAwsCredentialsSource credentials, RetryPolicy retry)
    {
        _connectionsPrefix = endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/@connections/";
        _sender = new SignedRequestSender(http, new SigV4Signer(region, "execute-api", TimeProvider.System), credentials, retry);
    }

    /// <inheritdoc/>
    public async Task<PostOutcome> PostAsync(string connectionId, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, connectionId, data, cancellationToken);
        return response switch
        {
            { Status: HttpStatusCode.Gone } => PostOutcome.Gone,
            { IsSuccess: true } => PostOutcome.Delivered,
            _ => throw Failure("POST", response),
        };
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteAsync(string connectionId, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Delete, connectionId, null, cancellationToken);
        return response switch
        {
            { Status: HttpStatusCode.Gone } => false,
            { IsSuccess: true } => true,
            _ => throw Failure("DELETE", response),
        };
    }

    private Task<AwsResponse> SendAsync(HttpMethod method, string connectionId, ReadOnlyMemory<byte>? data, CancellationToken cancellationToken)
    {
        // Connection ids are base64-like ("L0SM9cOFvHcCIhw="): '=', '+' and '/' must be escaped to stay one path segment.
        var uri = new Uri(_connectionsPrefix + Uri.EscapeDataString(connectionId));
        return _sender.SendAsync(
            () => new HttpRequestMessage(method, uri) { Content = data is { } body ? new ReadOnlyMemoryContent(body) : null },
            response => response.IsThrottledOrServerFault,
            cancellationToken);
    }

    private static AwsServiceException Failure(string method, AwsResponse response) =>
        new($"API Gateway @connections {method}", response.Status, null, response.Body.Length == 0 ? "(empty body)" : response.Body);
}
