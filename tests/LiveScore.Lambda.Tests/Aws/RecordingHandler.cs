using System.Net;
using System.Text;

namespace LiveScore.Lambda.Tests.Aws;

/// <summary>Answers requests from a script of responses (or failures) and records what was sent.</summary>
internal sealed class RecordingHandler(params Func<HttpResponseMessage>[] script) : HttpMessageHandler
{
    private int _next;

    public List<RecordedRequest> Requests { get; } = [];

    public static Func<HttpResponseMessage> Respond(HttpStatusCode status, string body = "", string mediaType = "text/xml") =>
        () => new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    public static Func<HttpResponseMessage> FailConnection() =>
        () => throw new HttpRequestException("Connection refused (127.0.0.1:9)");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Requests.Add(new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value)),
            body));
        if (_next >= script.Length) throw new InvalidOperationException($"Unexpected request #{_next + 1}: {request.Method} {request.RequestUri}");
        return script[_next++]();
    }
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, Dictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);
}
