using System.Net.Http.Headers;
using System.Text.Json;

namespace LiveScore.Lambda.Runtime;

/// <summary>HTTP client for the Lambda Runtime API, version 2018-06-01.</summary>
public sealed class RuntimeApiClient : IDisposable
{
    /// <summary>The Runtime API version that starts every path.</summary>
    public const string ApiVersion = "2018-06-01";
    /// <summary>Response header of <c>/next</c>: the invocation's request id.</summary>
    public const string RequestIdHeader = "Lambda-Runtime-Aws-Request-Id";
    /// <summary>Response header of <c>/next</c>: the deadline in Unix epoch milliseconds.</summary>
    public const string DeadlineHeader = "Lambda-Runtime-Deadline-Ms";
    /// <summary>Response header of <c>/next</c>: the X-Ray trace header.</summary>
    public const string TraceIdHeader = "Lambda-Runtime-Trace-Id";
    /// <summary>Request header with the error type when an error is posted.</summary>
    public const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";

    private readonly HttpClient http;
    private readonly Uri nextUri;
    private readonly Uri initErrorUri;
    private readonly string invocationRoot;

    // Grows to the largest event seen (Lambda caps events at a few MB) and is reused for every event after.
    private byte[] eventBuffer = new byte[16 * 1024];

    /// <summary>A client without proxy or timeout: the API is local, and <c>/next</c> waits as long as no event comes.</summary>
    /// <param name="runtimeApi">host:port from <c>AWS_LAMBDA_RUNTIME_API</c>.</param>
    public RuntimeApiClient(string runtimeApi)
    {
        var root = new Uri($"http://{runtimeApi}/{ApiVersion}/runtime/");
        nextUri = new Uri(root, "invocation/next");
        initErrorUri = new Uri(root, "init/error");
        invocationRoot = new Uri(root, "invocation/").AbsoluteUri;
        // /next long-polls (the environment may be frozen between events), so no timeout; the API is always
        // local, so a proxy configured for the function's own traffic must not apply.
        http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Waits for the next event (<c>GET /runtime/invocation/next</c>); the event's buffer is reused by the next call.</summary>
    public async Task<NextInvocation> GetNextAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(nextUri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        EnsureSuccess(response, "GET invocation/next");
        var requestId = Header(response, RequestIdHeader)
            ?? throw new RuntimeApiException($"GET invocation/next returned no {RequestIdHeader} header.");
        // Lambda always sends a deadline; without one the invocation simply never times out here.
        var deadline = long.TryParse(Header(response, DeadlineHeader), out var epochMs)
            ? DateTimeOffset.FromUnixTimeMilliseconds(epochMs)
            : DateTimeOffset.MaxValue;
        var body = await ReadEventAsync(response.Content, cancellationToken);
        return new NextInvocation(requestId, deadline, Header(response, TraceIdHeader), body);
    }

    /// <summary>Returns the handler's response for the invocation <paramref name="requestId"/>.</summary>
    public Task PostResponseAsync(string requestId, ReadOnlyMemory<byte> response, CancellationToken cancellationToken) =>
        PostAsync(InvocationUri(requestId, "response"), new ReadOnlyMemoryContent(response), errorType: null, cancellationToken);

    /// <summary>Reports that the invocation <paramref name="requestId"/> failed, with <paramref name="errorType"/> as its error type.</summary>
    public Task PostInvocationErrorAsync(string requestId, ErrorPayload error, string errorType, CancellationToken cancellationToken) =>
        PostAsync(InvocationUri(requestId, "error"), JsonContent(error), errorType, cancellationToken);

    /// <summary>Reports that the runtime could not start (<c>/runtime/init/error</c>).</summary>
    public Task PostInitErrorAsync(ErrorPayload error, string errorType, CancellationToken cancellationToken) =>
        PostAsync(initErrorUri, JsonContent(error), errorType, cancellationToken);

    /// <summary>Releases the HTTP client and its connection.</summary>
    public void Dispose() => http.Dispose();

    private async Task PostAsync(Uri uri, HttpContent content, string? errorType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        if (errorType is not null)
        {
            request.Headers.TryAddWithoutValidation(ErrorTypeHeader, errorType);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        EnsureSuccess(response, $"POST {uri.AbsolutePath}");
    }

    private async Task<ReadOnlyMemory<byte>> ReadEventAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        if (content.Headers.ContentLength is { } contentLength)
        {
            var length = checked((int)contentLength);
            if (length > eventBuffer.Length)
            {
                eventBuffer = new byte[length];
            }
            await stream.ReadExactlyAsync(eventBuffer.AsMemory(0, length), cancellationToken);
            return eventBuffer.AsMemory(0, length);
        }
        var total = 0;
        while (true)
        {
            if (total == eventBuffer.Length)
            {
                Array.Resize(ref eventBuffer, eventBuffer.Length * 2);
            }
            var read = await stream.ReadAsync(eventBuffer.AsMemory(total), cancellationToken);
            if (read == 0)
            {
                return eventBuffer.AsMemory(0, total);
            }
            total += read;
        }
    }

    private Uri InvocationUri(string requestId, string outcome) =>
        new($"{invocationRoot}{Uri.EscapeDataString(requestId)}/{outcome}");

    private static ByteArrayContent JsonContent(ErrorPayload error)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(error, RuntimeJsonContext.Readable.ErrorPayload));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) ? values.ToString() : null;

    private static void EnsureSuccess(HttpResponseMessage response, string call)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new RuntimeApiException($"{call} returned {(int)response.StatusCode} {response.ReasonPhrase}.");
        }
    }
}
