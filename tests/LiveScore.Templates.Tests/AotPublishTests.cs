using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LiveScore.Templates.Tests.Infrastructure;

namespace LiveScore.Templates.Tests;

/// <summary>
/// The generated functions publish as a Native AOT bootstrap for linux-x64 (the machine's own architecture) without
/// warnings, within the size budget, and the executable speaks the Lambda Runtime API.
/// </summary>
[Collection(TemplatePackCollection.Name)]
public sealed class AotPublishTests(AotPublishTests.Published published) : IClassFixture<AotPublishTests.Published>
{
    private const long MaxExecutableBytes = 15 * 1024 * 1024;
    private string Bootstrap => published.Bootstrap;

    [Fact]
    public void The_executable_is_native_and_within_budget()
    {
        var size = new FileInfo(Bootstrap).Length;

        Assert.InRange(size, 1, MaxExecutableBytes);
        Assert.False(File.Exists(Path.Combine(published.Folder, "bootstrap.dll")), "a JIT build was published instead of Native AOT");
        Assert.Empty(Directory.GetFiles(published.Folder, "*.dbg"));
        Assert.DoesNotMatch(@": warning [A-Z]+\d+", published.Log);
    }

    [Fact]
    public async Task An_unknown_handler_id_is_reported_to_init_error_and_exits_non_zero()
    {
        using var api = new RecordingRuntimeApi();

        var exitCode = await RunAsync(api, "no-such-handler");

        Assert.NotEqual(0, exitCode);
        var post = Assert.Single(api.Posts);
        Assert.EndsWith("/runtime/init/error", post.Path, StringComparison.Ordinal);
        Assert.Contains("no-such-handler", post.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_handler_answers_an_event()
    {
        using var api = new RecordingRuntimeApi(
            """{"version":"2.0","routeKey":"POST /players","rawPath":"/players","requestContext":{"http":{"method":"POST","path":"/players"}},"body":"{\"playerId\":\"p1\",\"name\":\"Ada\",\"score\":-1}"}""");

        await RunAsync(api, "score-api", untilFirstPost: true);

        var post = Assert.Single(api.Posts);
        Assert.EndsWith("/runtime/invocation/request-1/response", post.Path, StringComparison.Ordinal);
        Assert.Contains("\"statusCode\":400", post.Body, StringComparison.Ordinal);
        Assert.Contains("score", post.Body, StringComparison.Ordinal);
    }

    private async Task<int> RunAsync(RecordingRuntimeApi api, string handler, bool untilFirstPost = false)
    {
        var start = new ProcessStartInfo(Bootstrap) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["AWS_LAMBDA_RUNTIME_API"] = api.Authority;
        start.Environment["_HANDLER"] = handler;
        start.Environment["PLAYERS_TABLE"] = "Players";
        start.Environment["AWS_REGION"] = "us-east-1";
        start.Environment["AWS_ACCESS_KEY_ID"] = "test";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "test";
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            if (untilFirstPost)
            {
                await api.FirstPost.WaitAsync(timeout.Token);
                return 0;
            }
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>One Native AOT publish of samples/Full's functions for all tests of the class.</summary>
    public sealed class Published : IDisposable
    {
        private readonly TempDirectory _output = new("livescore-aot-");

        public Published()
        {
            var project = Path.Combine(RepositoryPaths.Samples, "Full", "src", "Arena.Functions");
            var publish = Dotnet.Run(project, TimeSpan.FromMinutes(10), "publish", "-c", "Release", "-r", "linux-x64", "-o", _output.Path);
            Assert.True(publish.ExitCode == 0, publish.ToString());
            Log = publish.Output;
        }

        public string Folder => _output.Path;

        public string Bootstrap => Path.Combine(_output.Path, "bootstrap");

        public string Log { get; }

        public void Dispose() => _output.Dispose();
    }

    /// <summary>A minimal Runtime API on loopback: hands out one event, records what the runtime posts.</summary>
    private sealed class RecordingRuntimeApi : IDisposable
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
}
