using System.Net;
using System.Net.Sockets;

namespace LiveScore.Templates.Tests.Infrastructure;

/// <summary>A minimal Runtime API on loopback: hands out one event, records what the runtime posts.</summary>
public sealed class RecordingRuntimeApi : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string? _event;
    private readonly TaskCompletionSource _firstPost = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _served;

    public RecordingRuntimeApi(string? eventJson = null)
    {
        _event = eventJson;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Authority = $"127.0.0.1:{port}";
        _listener.Prefixes.Add($"http://{Authority}/");
        _listener.Start();
        _ = ServeAsync();
    }

    public string Authority { get; }

    public List<(string Path, string Body)> Posts { get; } = [];

    public Task FirstPost => _firstPost.Task;

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            var path = context.Request.Url!.AbsolutePath;
            if (context.Request.HttpMethod == "GET" && path.EndsWith("/invocation/next", StringComparison.Ordinal))
            {
                if (_event is null || Interlocked.Increment(ref _served) > 1)
                {
                    continue; // Long-poll forever: no further events.
                }
                context.Response.AddHeader("Lambda-Runtime-Aws-Request-Id", "request-1");
                context.Response.AddHeader("Lambda-Runtime-Deadline-Ms", DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
                var body = System.Text.Encoding.UTF8.GetBytes(_event);
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
                continue;
            }
            using (var reader = new StreamReader(context.Request.InputStream))
            {
                var body = await reader.ReadToEndAsync();
                lock (Posts)
                {
                    Posts.Add((path, body));
                }
            }
            context.Response.StatusCode = 202;
            context.Response.Close();
            _firstPost.TrySetResult();
        }
    }

    public void Dispose() => _listener.Close();
}
