using System.Net;
using LiveScore.Lambda.Aws;
using LiveScore.Lambda.Notifications;
using LiveScore.Lambda.Tests.Aws;

namespace LiveScore.Lambda.Tests.Notifications;

public class SnsPublisherTests
{
    private const string TopicArn = "arn:aws:sns:eu-west-1:123456789012:score-updates";

    private const string PublishResponse = """
        <PublishResponse xmlns="https://sns.amazonaws.com/doc/2010-03-31/">
          <PublishResult>
            <MessageId>567910cd-659e-55d4-8ccb-5aaf14679dc0</MessageId>
          </PublishResult>
          <ResponseMetadata>
            <RequestId>d74b8436-ae13-5ab4-a9ff-ce54dfea72a0</RequestId>
          </ResponseMetadata>
        </PublishResponse>
        """;

    private static string ErrorResponse(string type, string code, string message) => $"""
        <ErrorResponse xmlns="https://sns.amazonaws.com/doc/2010-03-31/">
          <Error>
            <Type>{type}</Type>
            <Code>{code}</Code>
            <Message>{message}</Message>
          </Error>
          <RequestId>9dd01905-5012-5f99-8663-4b3ecd0dfaef</RequestId>
        </ErrorResponse>
        """;

    private static readonly Notification Goal = new(TopicArn, "Goal!", "Home 1 - 0 Away",
        new Dictionary<string, string> { ["team"] = "home", ["event"] = "goal & more" });

    private readonly RecordingRetryPolicy _retry = new();

    private SnsPublisher Publisher(RecordingHandler handler, params (string Name, string Value)[] extraVariables)
    {
        var variables = extraVariables.Append(("AWS_REGION", "eu-west-1")).ToDictionary(v => v.Item1, v => v.Item2);
        return new SnsPublisher(new HttpClient(handler), new AwsEndpoints(variables.GetValueOrDefault), FixedCredentials.Session, _retry.Policy());
    }

    [Fact]
    public async Task Publishes_a_signed_form_and_returns_the_message_id()
    {
        var handler = new RecordingHandler(RecordingHandler.Respond(HttpStatusCode.OK, PublishResponse));

        var messageId = await Publisher(handler).PublishAsync(Goal, CancellationToken.None);

        Assert.Equal("567910cd-659e-55d4-8ccb-5aaf14679dc0", messageId);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri("https://sns.eu-west-1.amazonaws.com/"), request.Uri);
        Assert.Equal(new Dictionary<string, string>
        {
            ["Action"] = "Publish",
            ["Version"] = "2010-03-31",
            ["TopicArn"] = TopicArn,
            ["Subject"] = "Goal!",
            ["Message"] = "Home 1 - 0 Away",
            ["MessageAttributes.entry.1.Name"] = "event",
            ["MessageAttributes.entry.1.Value.DataType"] = "String",
            ["MessageAttributes.entry.1.Value.StringValue"] = "goal & more",
            ["MessageAttributes.entry.2.Name"] = "team",
            ["MessageAttributes.entry.2.Value.DataType"] = "String",
            ["MessageAttributes.entry.2.Value.StringValue"] = "home",
        }, ParseForm(request.BodyText));
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=ASIATESTKEY/", request.Headers["authorization"]);
        Assert.Contains("/eu-west-1/sns/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,",
            request.Headers["authorization"]);
        Assert.Equal("test-session-token", request.Headers["x-amz-security-token"]);
        Assert.Empty(_retry.Waits);
    }

    [Fact]
    public async Task Endpoint_override_is_honoured()
    {
        var handler = new RecordingHandler(RecordingHandler.Respond(HttpStatusCode.OK, PublishResponse));

        await Publisher(handler, ("AWS_ENDPOINT_URL_SNS", "http://127.0.0.1:5080/_aws/sns")).PublishAsync(Goal, CancellationToken.None);

        Assert.Equal(new Uri("http://127.0.0.1:5080/_aws/sns"), Assert.Single(handler.Requests).Uri);
    }

    [Fact]
    public async Task Empty_subject_is_left_out()
    {
        var handler = new RecordingHandler(RecordingHandler.Respond(HttpStatusCode.OK, PublishResponse));

        await Publisher(handler).PublishAsync(Goal with { Subject = "" }, CancellationToken.None);

        Assert.DoesNotContain("Subject", ParseForm(Assert.Single(handler.Requests).BodyText).Keys);
    }

    [Fact]
    public async Task Throttling_is_retried_after_a_backoff()
    {
        var handler = new RecordingHandler(
            RecordingHandler.Respond(HttpStatusCode.BadRequest, ErrorResponse("Sender", "Throttling", "Rate exceeded")),
            RecordingHandler.Respond(HttpStatusCode.TooManyRequests, ErrorResponse("Sender", "Throttled", "Rate exceeded")),
            RecordingHandler.Respond(HttpStatusCode.OK, PublishResponse));

        var messageId = await Publisher(handler).PublishAsync(Goal, CancellationToken.None);

        Assert.Equal("567910cd-659e-55d4-8ccb-5aaf14679dc0", messageId);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal([1, 2], _retry.Waits);
        Assert.All(handler.Requests, r => Assert.Equal(handler.Requests[0].BodyText, r.BodyText));
    }

    [Fact]
    public async Task Server_faults_and_broken_connections_are_retried()
    {
        var handler = new RecordingHandler(
            RecordingHandler.Respond(HttpStatusCode.InternalServerError, ErrorResponse("Receiver", "InternalError", "Internal error")),
            RecordingHandler.FailConnection(),
            RecordingHandler.Respond(HttpStatusCode.OK, PublishResponse));

        await Publisher(handler).PublishAsync(Goal, CancellationToken.None);

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal([1, 2], _retry.Waits);
    }

    [Fact]
    public async Task Persistent_throttling_gives_up_after_the_last_attempt_naming_the_code()
    {
        var throttled = RecordingHandler.Respond(HttpStatusCode.BadRequest, ErrorResponse("Sender", "ThrottlingException", "Rate exceeded"));
        var handler = new RecordingHandler(throttled, throttled, throttled, throttled);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Publisher(handler).PublishAsync(Goal, CancellationToken.None));

        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal([1, 2, 3], _retry.Waits);
        Assert.Equal("ThrottlingException", error.ErrorCode);
    }

    [Fact]
    public async Task Authorization_error_fails_at_once_with_the_code()
    {
        var handler = new RecordingHandler(RecordingHandler.Respond(HttpStatusCode.Forbidden, ErrorResponse("Sender", "AuthorizationError",
            "User: arn:aws:sts::123456789012:assumed-role/score-stream is not authorized to perform: SNS:Publish")));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Publisher(handler).PublishAsync(Goal, CancellationToken.None));

        Assert.Single(handler.Requests);
        Assert.Empty(_retry.Waits);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("AuthorizationError", error.ErrorCode);
        Assert.Contains("AuthorizationError", error.Message);
        Assert.Contains("not authorized to perform: SNS:Publish", error.Message);
    }

    [Fact]
    public async Task Invalid_parameter_is_not_retried()
    {
        var handler = new RecordingHandler(RecordingHandler.Respond(HttpStatusCode.BadRequest,
            ErrorResponse("Sender", "InvalidParameter", "Invalid parameter: TopicArn")));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Publisher(handler).PublishAsync(Goal, CancellationToken.None));

        Assert.Single(handler.Requests);
        Assert.Equal("InvalidParameter", error.ErrorCode);
    }

    [Fact]
    public async Task Error_body_that_is_not_xml_is_reported_whole()
    {
        var handler = new RecordingHandler(RecordingHandler.Respond(HttpStatusCode.NotFound, "no such route", "text/plain"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Publisher(handler).PublishAsync(Goal, CancellationToken.None));

        Assert.Null(error.ErrorCode);
        Assert.Contains("404", error.Message);
        Assert.Contains("no such route", error.Message);
    }

    private static Dictionary<string, string> ParseForm(string body) =>
        body.Split('&').Select(pair => pair.Split('=', 2)).ToDictionary(
            pair => Uri.UnescapeDataString(pair[0].Replace('+', ' ')),
            pair => Uri.UnescapeDataString(pair[1].Replace('+', ' ')));
}
