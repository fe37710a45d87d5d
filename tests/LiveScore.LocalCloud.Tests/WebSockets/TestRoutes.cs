using System.Text.Json;
using LiveScore.Lambda;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Events;

namespace LiveScore.LocalCloud.Tests.WebSockets;

/// <summary>
/// A WebSocket API made of test functions: <c>$connect</c> refuses <c>?deny=1</c> (403), fails on <c>?fail=1</c> and
/// picks the subprotocol <see cref="Protocol"/> on <c>?protocol=1</c>; <c>echo</c> answers with the message itself,
/// <c>quiet</c> answers nothing, <c>crash</c> fails, <c>$default</c> says it got the message, <c>$disconnect</c> only records.
/// </summary>
internal sealed class TestRoutes
{
    public const string Protocol = "livescore.v1";

    public RecordingFunction Connect { get; } = new(request =>
        request.QueryStringParameters?.GetValueOrDefault("fail") == "1" ? throw new InvalidOperationException("The connect function broke.")
        : request.QueryStringParameters?.GetValueOrDefault("deny") == "1" ? new WebSocketResponse { StatusCode = 403, Body = "denied by test" }
        : request.QueryStringParameters?.GetValueOrDefault("protocol") == "1"
            ? new WebSocketResponse { StatusCode = 200, Headers = new Dictionary<string, string> { ["Sec-WebSocket-Protocol"] = Protocol } }
        : new WebSocketResponse { StatusCode = 200 });

    public RecordingFunction Echo { get; } = new(request => new WebSocketResponse { StatusCode = 200, Body = request.Body });

    public RecordingFunction Quiet { get; } = RecordingFunction.Accepting();

    public RecordingFunction Crash { get; } = new(_ => throw new InvalidOperationException("The route function broke."));

    public RecordingFunction Default { get; } = new(request => new WebSocketResponse
    {
        StatusCode = 200,
        Body = "$default got " + request.Body,
    });

    public RecordingFunction Disconnect { get; } = RecordingFunction.Accepting();

    public IReadOnlyList<FunctionDefinition> Functions(bool withDefaultRoute = true) =>
    [
        new("test-connect", "refuses ?deny=1", () => Connect) { WebSocketRoutes = ["$connect"] },
        new("test-echo", "echo, quiet and crash routes", () => new RouteSwitch(("echo", Echo), ("quiet", Quiet), ("crash", Crash))) { WebSocketRoutes = ["echo", "quiet", "crash"] },
        .. withDefaultRoute ? [new FunctionDefinition("test-default", "$default route", () => Default) { WebSocketRoutes = ["$default"] }] : Array.Empty<FunctionDefinition>(),
        new("test-disconnect", "records", () => Disconnect) { WebSocketRoutes = ["$disconnect"] },
    ];

    /// <summary>One function serving several routes, as a real handler may, told apart by the event's route key.</summary>
    private sealed class RouteSwitch(params (string Route, RecordingFunction Function)[] routes) : IFunctionHandler
    {
        public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
        {
            var routeKey = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.WebSocketRequest)!.RequestContext.RouteKey;
            return routes.Single(r => r.Route == routeKey).Function.InvokeAsync(eventJson, context);
        }
    }
}
