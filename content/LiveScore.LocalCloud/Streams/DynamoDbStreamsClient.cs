using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LiveScore.Lambda.Aws;

namespace LiveScore.LocalCloud.Streams;

/// <summary>
/// The DynamoDB Streams API over its JSON protocol, signed with SigV4 (signing name <c>dynamodb</c>). It is sent to
/// the DynamoDB endpoint itself, which is where DynamoDB Local and LocalStack serve it.
/// </summary>
public sealed class DynamoDbStreamsClient : IDisposable
{
    private const string TargetPrefix = "DynamoDBStreams_20120810.";

    // Throttling comes back as HTTP 400 with one of these codes in the JSON protocol.
    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "ThrottlingException", "LimitExceededException", "ProvisionedThroughputExceededException", "RequestLimitExceeded",
    };

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly Uri _endpoint;
    private readonly SignedRequestSender _sender;

    public DynamoDbStreamsClient(Uri endpoint, string region, IAwsCredentialsSource credentials)
    {
        _endpoint = endpoint;
        _sender = new SignedRequestSender(_http, new SigV4Signer(region, "dynamodb", TimeProvider.System), credentials, RetryPolicy.Default);
    }

    public Task<DescribeStreamResponse> DescribeStreamAsync(DescribeStreamRequest request, CancellationToken cancellationToken) =>
        CallAsync("DescribeStream", request, DynamoDbStreamsJsonContext.Default.DescribeStreamRequest, DynamoDbStreamsJsonContext.Default.DescribeStreamResponse, cancellationToken);

    public Task<GetShardIteratorResponse> GetShardIteratorAsync(GetShardIteratorRequest request, CancellationToken cancellationToken) =>
        CallAsync("GetShardIterator", request, DynamoDbStreamsJsonContext.Default.GetShardIteratorRequest, DynamoDbStreamsJsonContext.Default.GetShardIteratorResponse, cancellationToken);

    public Task<GetRecordsResponse> GetRecordsAsync(GetRecordsRequest request, CancellationToken cancellationToken) =>
        CallAsync("GetRecords", request, DynamoDbStreamsJsonContext.Default.GetRecordsRequest, DynamoDbStreamsJsonContext.Default.GetRecordsResponse, cancellationToken);

    private async Task<TResponse> CallAsync<TRequest, TResponse>(
        string operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        var response = await _sender.SendAsync(() =>
        {
            var message = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent(body) };
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
            message.Headers.TryAddWithoutValidation("X-Amz-Target", TargetPrefix + operation);
            return message;
        }, IsRetryable, cancellationToken);
        if (!response.IsSuccess)
        {
            var error = Error(response.Body);
            throw new AwsServiceException("DynamoDB Streams " + operation, response.Status, error?.Code, error?.Message ?? response.Body);
        }
        return JsonSerializer.Deserialize(response.Body, responseType)
            ?? throw new AwsServiceException("DynamoDB Streams " + operation, response.Status, null, "the response is empty");
    }

    private static bool IsRetryable(AwsResponse response) =>
        response.IsThrottledOrServerFault
        || (!response.IsSuccess && Error(response.Body)?.Code is { } code && ThrottlingCodes.Contains(code));

    private static StreamsServiceError? Error(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, DynamoDbStreamsJsonContext.Default.StreamsServiceError);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose() => _http.Dispose();
}
