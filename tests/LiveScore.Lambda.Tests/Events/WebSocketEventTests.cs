using System.Text.Json;
using LiveScore.Lambda.Events;

namespace LiveScore.Lambda.Tests.Events;

public class WebSocketEventTests
{
    [Fact]
    public void Connect_event_carries_the_connection_headers_and_query()
    {
        var request = Payload.Read("websocket-connect.json", HostingJsonContext.Default.WebSocketRequest);
        var context = request.RequestContext;

        Assert.Equal(WebSocketEventType.Connect, context.EventType);
        Assert.Equal("$connect", context.RouteKey);
        Assert.Equal("EnQ4AeRWjoECJxQ=", context.ConnectionId);
        Assert.Equal("w5s0ck3t1d.execute-api.eu-west-1.amazonaws.com", context.DomainName);
        Assert.Equal("prod", context.Stage);
        Assert.Equal("w5s0ck3t1d", context.ApiId);
        Assert.Equal("EnQ4AFtRjoEFrYw=", context.RequestId);
        Assert.Equal("EnQ4AFtRjoEFrYw=", context.ExtendedRequestId);
        Assert.Equal("15/Jan/2025:10:00:00 +0000", context.RequestTime);
        Assert.Equal("IN", context.MessageDirection);
        Assert.Equal(1736935200123, context.ConnectedAt);
        Assert.Equal(1736935200125, context.RequestTimeEpoch);
        Assert.Equal("203.0.113.7", context.Identity!.SourceIp);
        Assert.Null(context.Identity.UserAgent);
        Assert.Null(context.MessageId);
        Assert.Null(context.DisconnectStatusCode);
        Assert.Null(context.DisconnectReason);
        Assert.Null(context.Authorizer);

        Assert.Equal("13", request.Header("sec-websocket-version"));
        Assert.Equal(["203.0.113.7"], request.MultiValueHeaders!["X-Forwarded-For"]);
        Assert.Equal("g-42", request.QueryStringParameters!["game"]);
        Assert.Equal(["g-42"], request.MultiValueQueryStringParameters!["game"]);
        Assert.Null(request.Body);
        Assert.False(request.IsBase64Encoded);
    }

    [Fact]
    public void Disconnect_event_carries_the_close_code_and_reason()
    {
        var request = Payload.Read("websocket-disconnect.json", HostingJsonContext.Default.WebSocketRequest);
        var context = request.RequestContext;

        Assert.Equal(WebSocketEventType.Disconnect, context.EventType);
        Assert.Equal("$disconnect", context.RouteKey);
        Assert.Equal("EnQ4AeRWjoECJxQ=", context.ConnectionId);
        Assert.Equal(1001, context.DisconnectStatusCode);
        Assert.Equal("Going away", context.DisconnectReason);
        Assert.Equal(1736935500017, context.RequestTimeEpoch);
        Assert.Equal("", request.Header("X-API-KEY"));
        Assert.Null(request.QueryStringParameters);
    }

    [Fact]
    public void Message_event_carries_the_frame_as_body()
    {
        var request = Payload.Read("websocket-message.json", HostingJsonContext.Default.WebSocketRequest);
        var context = request.RequestContext;

        Assert.Equal(WebSocketEventType.Message, context.EventType);
        Assert.Equal("$default", context.RouteKey);
        Assert.Equal("EnQ5JcxIjoECJxQ=", context.MessageId);
        Assert.Equal("EnQ4AeRWjoECJxQ=", context.ConnectionId);
        Assert.Equal("""{"action":"subscribe","game":"g-42"}""", request.Body);
        Assert.Equal("""{"action":"subscribe","game":"g-42"}"""u8.ToArray(), request.BodyBytes());
        Assert.Null(request.Headers);
        Assert.Null(request.Header("host"));
    }

    [Fact]
    public void Binary_frame_is_base64_decoded()
    {
        var request = new WebSocketRequest { Body = "AQID", IsBase64Encoded = true };

        Assert.Equal([1, 2, 3], request.BodyBytes());
    }

    [Theory]
    [InlineData("websocket-connect.json")]
    [InlineData("websocket-disconnect.json")]
    [InlineData("websocket-message.json")]
    public void Round_trip_keeps_every_field(string sample)
    {
        Assert.Empty(Payload.RoundTripDifferences(sample, HostingJsonContext.Default.WebSocketRequest));
    }

    [Fact]
    public void An_unknown_event_type_is_rejected_rather_than_read_as_connect()
    {
        const string json = """{"requestContext":{"eventType":"PING","connectionId":"c"}}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, HostingJsonContext.Default.WebSocketRequest));
    }

    [Fact]
    public void Response_writes_only_what_is_set()
    {
        Assert.Equal("""{"statusCode":200}""",
            JsonSerializer.Serialize(new WebSocketResponse { StatusCode = 200 }, HostingJsonContext.Default.WebSocketResponse));

        var json = Payload.Serialize(
            new WebSocketResponse { StatusCode = 200, Headers = new Dictionary<string, string> { ["Sec-WebSocket-Protocol"] = "scores.v1" }, Body = "welcome" },
            HostingJsonContext.Default.WebSocketResponse);
        Assert.Equal(200, json.GetProperty("statusCode").GetInt32());
        Assert.Equal("scores.v1", json.GetProperty("headers").GetProperty("Sec-WebSocket-Protocol").GetString());
        Assert.Equal("welcome", json.GetProperty("body").GetString());
    }
}
