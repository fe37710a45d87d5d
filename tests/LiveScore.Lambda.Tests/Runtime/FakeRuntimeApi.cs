using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace LiveScore.Lambda.Tests.Runtime;

/// <summary>
/// A Lambda Runtime API on loopback: serves queued events to <c>/next</c> and records every POST in arrival order.
/// </summary>
internal sealed class FakeRuntimeApi : IAsyncDisposable
{
    private const string Root = "/2018-06-01/runtime/";
    private static readonly TimeSpan OutcomeTimeout = TimeSpan.FromSeconds(15);

    private readonly HttpListener listener;
    private readonly Channel<FakeEvent> events = Channel.CreateUnbounded<FakeEvent>();
    private readonly Channel<PostedOutcome> outcomes = Channel.CreateUnbounded<PostedOutcome>();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task serving;

    private FakeRuntimeApi(HttpListener listener, int port)
    {
        this.listener = listener;
        Address = $"127.0.0.1:{port}";
        serving = ServeAsync();
    }

    /// <summary>host:port, the form AWS_LAMBDA_RUNTIME_API takes.</summary>
    public string Address { get; }

    /// <summary>Response bodies larger than this are refused with 413, like Lambda's payload limit.</summary>
    public int MaxResponseBytes { get; init; } = int.MaxValue;

    public static string ResponsePath(string requestId) => $"{Root}invocation/{requestId}/response";

    public static string ErrorPath(string requestId) => $"{Root}invocation/{requestId}/error";

    public const string InitErrorPath = Root + "init/error";

    public static FakeRuntimeApi Start(int maxResponseBytes = int.MaxValue)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new FakeRuntimeApi(listener, port) { MaxResponseBytes = maxResponseBytes };
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between probing and binding; probe again.
                listener.Close();
            }
        }
    }

    public void Enqueue(FakeEvent fakeEvent) => events.Writer.TryWrite(fakeEvent);

    public async Task<PostedOutcome> NextOutcomeAsync()
    {
        using var timeout = new CancellationTokenSource(OutcomeTimeout);
        try
        {
            return await outcomes.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The runtime posted nothing within {OutcomeTimeout.TotalSeconds} s.");
        }
    }

    /// <summary>Outcomes posted but not yet read: lets a test prove nothing else was posted.</summary>
    public IReadOnlyList<PostedOutcome> Unread()
    {
        var unread = new List<PostedOutcome>();
        while (outcomes.Reader.TryRead(out var outcome))
        {
            unread.Add(outcome);
        }
        return unread;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Close();
        await serving;
        stopping.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            // /next blocks until an event is queued, so every request is answered on its own.
            _ = AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            var path = context.Request.Url!.AbsolutePath;
            if (context.Request.HttpMethod == "GET" && path == Root + "invocation/next")
            {
                await SendEventAsync(context.Response, await events.Reader.ReadAsync(stopping.Token));
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body, stopping.Token);
            var known = context.Request.HttpMethod == "POST" && path.StartsWith(Root, StringComparison.Ordinal);
            var tooLarge = path.EndsWith("/response", StringComparison.Ordinal) && body.Length > MaxResponseBytes;
            // Recorded before answering: the runtime cannot post again before it has the answer, so outcomes keep its order.
            outcomes.Writer.TryWrite(new PostedOutcome(path, context.Request.Headers["Lambda-Runtime-Function-Error-Type"], body.ToArray()));
            context.Response.StatusCode = !known ? 404 : tooLarge ? 413 : 202;
            context.Response.Close();
        }
        catch (Exception) when (stopping.IsCancellationRequested)
        {
            // The test is over; the runtime's pending /next has nobody left to answer it.
        }
    }

    private static async Task SendEventAsync(HttpListenerResponse response, FakeEvent fakeEvent)
    {
        response.StatusCode = (int)fakeEvent.Status;
        if (fakeEvent.Status == HttpStatusCode.OK)
        {
            response.AddHeader("Lambda-Runtime-Aws-Request-Id", fakeEvent.RequestId);
            response.AddHeader("Lambda-Runtime-Deadline-Ms", fakeEvent.Deadline.ToUnixTimeMilliseconds().ToString());
            response.AddHeader("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-1:123456789012:function:test");
            if (fakeEvent.TraceId is not null)
            {
                response.AddHeader("Lambda-Runtime-Trace-Id", fakeEvent.TraceId);
            }
            if (fakeEvent.Chunked)
            {
                response.SendChunked = true;
            }
            else
            {
                response.ContentLength64 = fakeEvent.Body.Length;
            }
            await response.OutputStream.WriteAsync(fakeEvent.Body);
        }
        response.Close();
    }
}
