using System.Net;
using LiveScore.Lambda.Aws;
using LiveScore.Lambda.Connections;
using LiveScore.Lambda.Tests.Aws;

namespace LiveScore.Lambda.Tests.Connections;

public class ApiGatewayConnectionMessengerTests
{
    private const string ConnectionId = "L0SM9cOFvHcCIhw=";
    private static readonly byte[] Message = """{"home":1,"away":0}"""u8.ToArray();

    private readonly RecordingRetryPolicy _retry = new();

    private ApiGatewayConnectionMessenger Messenger(RecordingHandler handler, string endpoint = "https://abc123.execute-api.eu-west-1.amazonaws.com/prod") =>
        new(new HttpClient(handler), new Uri(endpoint), "eu-west-1", FixedCredentials.Session, _retry.Policy());

    [Fact]
    public async Task Post_sends_the_data_to_the_escaped_connection_under_the_stage()
    {
        var handler = new RecordingHandler(RecordingHandler.Respond(HttpStatusCode.OK));

        var outcome = await Messenger(handler).PostAsync(ConnectionId, Message, CancellationToken.None);

        Assert.Equal(PostOutcome.Delivered, outcome);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://abc123.execute-api.eu-west-1.amazonaws.com/prod/@connections/L0SM9cOFvHcCIhw%3D", request.Uri.AbsoluteUri);
        Assert.Equal(Message, request.Body);
        Assert.Contains("/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token,",
            request.Headers["authorization"]);
    }

    [Fact]
    public async Task Local_endpoint_with_trailing_slash_keeps_one_separator()
    {
        var handler = new RecordingHandler(RecordingHandler.Respond(HttpStatusCode.OK));

        await Messenger(handler, "http://127.0.0.1:5080/").PostAsync("a+b/c=", Message, CancellationToken.None);

        Assert.Equal("http://127.0.0.1:5080/@connections/a%2Bb%2Fc%3D", Assert.Single(handler.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Post_to_a_gone_connection_reports_gone()
    {
        var handler = new RecordingHandler(RecordingHandler.Respond(HttpStatusCode.Gone, """{"message":"GoneException"}""", "application/json"));

        var outcome = await Messenger(handler).PostAsync(ConnectionId, Message, CancellationToken.None);

        Assert.Equal(PostOutcome.Gone, outcome);
        Assert.Empty(_retry.Waits);
    }

    [Fact]
    public async Task Throttled_post_is_retried_after_a_backoff()
    {
        var handler = new RecordingHandler(
            RecordingHandler.Respond(HttpStatusCode.TooManyRequests, """{"message":"Rate exceeded"}""", "application/json"),
            RecordingHandler.Respond(HttpStatusCode.ServiceUnavailable),
            RecordingHandler.Respond(HttpStatusCode.OK));

        var outcome = await Messenger(handler).PostAsync(ConnectionId, Message, CancellationToken.None);

        Assert.Equal(PostOutcome.Delivered, outcome);
        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal(Message, r.Body));
        Assert.Equal([1, 2], _retry.Waits);
    }

    [Fact]
    public async Task Forbidden_post_fails_at_once_naming_status_and_body()
    {
        var handler = new RecordingHandler(RecordingHandler.Respond(HttpStatusCode.Forbidden, """{"message":"Forbidden"}""", "application/json"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Messenger(handler).PostAsync(ConnectionId, Message, CancellationToken.None));

        Assert.Single(handler.Requests);
        Assert.Empty(_retry.Waits);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Contains("403", error.Message);
        Assert.Contains("""{"message":"Forbidden"}""", error.Message);
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        var unavailable = RecordingHandler.Respond(HttpStatusCode.ServiceUnavailable, "busy", "text/plain");
        var handler = new RecordingHandler(unavailable, unavailable, unavailable, unavailable);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Messenger(handler).PostAsync(ConnectionId, Message, CancellationToken.None));

        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal([1, 2, 3], _retry.Waits);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
    }

    [Fact]
    public async Task Connection_failure_on_every_attempt_surfaces_the_network_error()
    {
        var handler = new RecordingHandler(Enumerable.Repeat(RecordingHandler.FailConnection(), 4).ToArray());

        await Assert.ThrowsAsync<HttpRequestException>(() => Messenger(handler).PostAsync(ConnectionId, Message, CancellationToken.None));

        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal([1, 2, 3], _retry.Waits);
    }

    [Fact]
    public async Task Delete_closes_the_connection()
    {
        var handler = new RecordingHandler(RecordingHandler.Respond(HttpStatusCode.NoContent));

        Assert.True(await Messenger(handler).DeleteAsync(ConnectionId, CancellationToken.None));

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal("https://abc123.execute-api.eu-west-1.amazonaws.com/prod/@connections/L0SM9cOFvHcCIhw%3D", request.Uri.AbsoluteUri);
        Assert.Empty(request.Body);
    }

    [Fact]
    public async Task Delete_of_a_gone_connection_returns_false()
    {
        var handler = new RecordingHandler(RecordingHandler.Respond(HttpStatusCode.Gone));

        Assert.False(await Messenger(handler).DeleteAsync(ConnectionId, CancellationToken.None));
    }

    [Fact]
    public async Task Client_timeout_is_retried()
    {
        var handler = new RecordingHandler(() => throw new TaskCanceledException("HttpClient.Timeout elapsed"), RecordingHandler.Respond(HttpStatusCode.OK));

        var outcome = await Messenger(handler).PostAsync(ConnectionId, Message, CancellationToken.None);

        Assert.Equal(PostOutcome.Delivered, outcome);
        Assert.Equal([1], _retry.Waits);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_retried()
    {
        using var caller = new CancellationTokenSource();
        var handler = new RecordingHandler(() =>
        {
            caller.Cancel();
            throw new TaskCanceledException();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Messenger(handler).PostAsync(ConnectionId, Message, caller.Token));

        Assert.Single(handler.Requests);
        Assert.Empty(_retry.Waits);
    }
}
