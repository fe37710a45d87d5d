using System.Net;
using System.Text;

namespace LiveScore.Lambda.Tests.Runtime;

/// <summary>What the fake Runtime API answers to one <c>GET /runtime/invocation/next</c>.</summary>
internal sealed record FakeEvent(string RequestId, byte[] Body, DateTimeOffset Deadline)
{
    public string? TraceId { get; init; }

    /// <summary>Sends the body without Content-Length, as chunked transfer encoding.</summary>
    public bool Chunked { get; init; }

    /// <summary>Anything but 200 makes /next fail with that status and no event.</summary>
    public HttpStatusCode Status { get; init; } = HttpStatusCode.OK;

    public static FakeEvent Json(string requestId, string json, TimeSpan? timeLeft = null) =>
        new(requestId, Encoding.UTF8.GetBytes(json), DateTimeOffset.UtcNow + (timeLeft ?? TimeSpan.FromSeconds(30)));

    public static FakeEvent Failure(HttpStatusCode status) =>
        new("none", [], DateTimeOffset.UtcNow) { Status = status };
}
