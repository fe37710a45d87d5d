using System.Net;
using System.Net.Sockets;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using LiveScore.Lambda.Http;
using LiveScore.Lambda.Tests.Events;

namespace LiveScore.Lambda.Tests.Http;

/// <summary>An API whose dependency does not answer says so with a 503 problem, well before its function times out.</summary>
public class HttpApiAdapterTests
{
    private readonly List<(LogLevel Level, string Message)> _log = [];

    public static TheoryData<Exception> Unavailable() =>
    [
        new HttpRequestException("Connection refused"),
        new TimeoutException(),
        new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout"),
        new AmazonServiceException("Internal error") { StatusCode = HttpStatusCode.InternalServerError },
        new AmazonServiceException("Rate exceeded") { StatusCode = HttpStatusCode.BadRequest, ErrorCode = "ThrottlingException" },
        new AmazonClientException("Could not connect", new HttpRequestException("No route to host")),
    ];

    [Theory]
    [MemberData(nameof(Unavailable))]
    public async Task A_dependency_that_does_not_answer_gives_a_logged_503_with_retry_after(Exception failure)
    {
        var response = await HttpApiAdapter.HandleAsync(Payload.Bytes("http-api-v2.json"), Context(CancellationToken.None), (_, _) => throw failure);

        var answer = System.Text.Json.JsonDocument.Parse(response).RootElement;
        Assert.Equal(503, answer.GetProperty("statusCode").GetInt32());
        Assert.Equal("1", answer.GetProperty("headers").GetProperty("Retry-After").GetString());
        Assert.Equal(Responses.ProblemContentType, answer.GetProperty("headers").GetProperty("content-type").GetString());
        Assert.Equal(LogLevel.Error, Assert.Single(_log).Level);
    }

    [Fact]
    public async Task Other_failures_and_the_invocation_running_out_of_time_still_fail_the_invocation()
    {
        using var expired = new CancellationTokenSource();
        await expired.CancelAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            HttpApiAdapter.HandleAsync(Payload.Bytes("http-api-v2.json"), Context(CancellationToken.None), (_, _) => throw new InvalidOperationException()));
        await Assert.ThrowsAsync<AmazonServiceException>(() =>
            HttpApiAdapter.HandleAsync(Payload.Bytes("http-api-v2.json"), Context(CancellationToken.None), (_, _) =>
                throw new AmazonServiceException("bad key") { StatusCode = HttpStatusCode.BadRequest, ErrorCode = "ValidationException" }));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            HttpApiAdapter.HandleAsync(Payload.Bytes("http-api-v2.json"), Context(expired.Token), (_, token) => throw new OperationCanceledException(token)));
        Assert.Empty(_log);
    }

    [Fact]
    public void The_calls_to_a_silent_dependency_fit_in_half_of_an_api_functions_10_second_timeout()
    {
        Assert.True(AwsServices.CallTimeout * (AwsServices.CallRetries + 1) <= TimeSpan.FromSeconds(5));
        Assert.Equal((AwsServices.CallTimeout, AwsServices.CallRetries), (AwsServices.DynamoDbConfig().Timeout, AwsServices.DynamoDbConfig().MaxErrorRetry));
    }

    [Fact]
    public async Task A_dynamodb_endpoint_that_accepts_and_never_answers_is_a_503_not_a_hang()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start(backlog: 16);
        var config = AwsServices.DynamoDbConfig();
        config.ServiceURL = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}";
        using var dynamoDb = new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), config);

        var response = await HttpApiAdapter.HandleAsync(Payload.Bytes("http-api-v2.json"), Context(CancellationToken.None), async (_, token) =>
        {
            await dynamoDb.GetItemAsync(new GetItemRequest { TableName = "Players", Key = new() { ["playerId"] = new AttributeValue("p") } }, token);
            return HttpResult.NoContent();
        });

        Assert.Contains("\"statusCode\":503", Encoding.UTF8.GetString(response), StringComparison.Ordinal);
    }

    [Fact]
    public void The_caller_is_the_sub_claim_of_a_jwt_authorizer_and_absent_without_one()
    {
        var signedIn = HttpApiAdapter.ToRequest(Payload.Bytes("http-api-v2.json"));
        var open = HttpApiAdapter.ToRequest(Encoding.UTF8.GetBytes(
            "{\"rawPath\":\"/orders\",\"headers\":{},\"requestContext\":{\"http\":{\"method\":\"GET\"},\"authorizer\":{\"iam\":{\"userId\":\"AIDA\"}}}}"));

        Assert.Equal("user-7", signedIn.UserId);
        Assert.Null(open.UserId);
    }

    private InvocationContext Context(CancellationToken token) =>
        new("request-1", "score-api", DateTimeOffset.UtcNow.AddMinutes(1), new ListLog(_log), token);
}
