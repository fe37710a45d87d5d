using System.Text;
using Microsoft.Extensions.Time.Testing;
using LiveScore.Lambda.Logging;
using LiveScore.Lambda.Runtime;
using LiveScore.Lambda.Tests.Logging;

namespace LiveScore.Lambda.Tests.Runtime;

[Collection(RuntimeLoopCollection.Name)]
public class LambdaRuntimeTests
{
    private static readonly DelegateHandler Echo = new((eventJson, _) => Task.FromResult(eventJson.ToArray()));

    [Fact]
    public async Task Posts_the_handler_bytes_as_the_response_of_the_request_that_carried_the_event()
    {
        var handler = new DelegateHandler((eventJson, context) =>
            Task.FromResult(Encoding.UTF8.GetBytes($"{context.RequestId}|{context.FunctionName}|{Encoding.UTF8.GetString(eventJson.Span)}")));
        await using var runtime = RunningRuntime.Start(handler);

        runtime.Api.Enqueue(FakeEvent.Json("req-1", """{"n":1}"""));
        runtime.Api.Enqueue(FakeEvent.Json("req-2", """{"n":2}"""));
        var first = await runtime.Api.NextOutcomeAsync();
        var second = await runtime.Api.NextOutcomeAsync();
        await runtime.StopAsync();

        Assert.Equal(FakeRuntimeApi.ResponsePath("req-1"), first.Path);
        Assert.Equal($$"""req-1|{{RunningRuntime.FunctionName}}|{"n":1}""", first.Text);
        Assert.Equal(FakeRuntimeApi.ResponsePath("req-2"), second.Path);
        Assert.Equal($$"""req-2|{{RunningRuntime.FunctionName}}|{"n":2}""", second.Text);
        Assert.Null(first.ErrorTypeHeader);
        Assert.Empty(runtime.Api.Unread());
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(300_000, false)]
    [InlineData(300_000, true)]
    public async Task Events_reach_the_handler_intact_whatever_their_size_and_framing(int size, bool chunked)
    {
        await using var runtime = RunningRuntime.Start(Echo);
        var body = Encoding.UTF8.GetBytes($$"""{"data":"{{new string('x', size)}}"}""");
        var small = Encoding.UTF8.GetBytes("""{"small":true}""");

        runtime.Api.Enqueue(new FakeEvent("big", body, DateTimeOffset.UtcNow.AddSeconds(30)) { Chunked = chunked });
        runtime.Api.Enqueue(new FakeEvent("small", small, DateTimeOffset.UtcNow.AddSeconds(30)) { Chunked = chunked });

        Assert.Equal(body, (await runtime.Api.NextOutcomeAsync()).Body);
        // The event buffer is reused: a smaller event after a big one must not carry the big one's tail.
        Assert.Equal(small, (await runtime.Api.NextOutcomeAsync()).Body);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_handler_exception_is_posted_as_the_invocation_error_and_the_next_event_is_still_served(bool throwsAsynchronously)
    {
        static Exception Failure() => new InvalidOperationException("boom", new FormatException("bad digit"));
        var handler = new DelegateHandler(async (eventJson, context) =>
        {
            if (context.RequestId == "fails")
            {
                if (throwsAsynchronously)
                {
                    await Task.Yield();
                }
                throw Failure();
            }
            return eventJson.ToArray();
        });
        await using var runtime = RunningRuntime.Start(handler);

        runtime.Api.Enqueue(FakeEvent.Json("fails", "{}"));
        runtime.Api.Enqueue(FakeEvent.Json("works", """{"ok":true}"""));
        var error = await runtime.Api.NextOutcomeAsync();
        var response = await runtime.Api.NextOutcomeAsync();

        Assert.Equal(FakeRuntimeApi.ErrorPath("fails"), error.Path);
        Assert.Equal(RuntimeErrorTypes.Unhandled, error.ErrorTypeHeader);
        Assert.Equal("System.InvalidOperationException", error.Json.GetProperty("errorType").GetString());
        Assert.Equal("boom", error.Json.GetProperty("errorMessage").GetString());
        Assert.Contains(error.StackTrace, frame => frame.StartsWith("at ", StringComparison.Ordinal));
        Assert.Contains("caused by System.FormatException: bad digit", error.StackTrace);
        Assert.Equal(FakeRuntimeApi.ResponsePath("works"), response.Path);
        Assert.Equal("""{"ok":true}""", response.Text);
    }

    [Fact]
    public async Task A_response_the_runtime_api_refuses_fails_that_invocation_only()
    {
        var handler = new DelegateHandler((_, context) =>
            Task.FromResult(Encoding.UTF8.GetBytes(context.RequestId == "too-big" ? new string('x', 2_000) : "fine")));
        var logOutput = new MemoryStream();
        await using var runtime = RunningRuntime.Start(handler, logOutput, maxResponseBytes: 1_000);

        runtime.Api.Enqueue(FakeEvent.Json("too-big", "{}"));
        runtime.Api.Enqueue(FakeEvent.Json("small", "{}"));
        var refused = await runtime.Api.NextOutcomeAsync();
        var accepted = await runtime.Api.NextOutcomeAsync();
        await runtime.StopAsync();

        Assert.Equal(FakeRuntimeApi.ResponsePath("too-big"), refused.Path);
        Assert.Equal(FakeRuntimeApi.ResponsePath("small"), accepted.Path);
        var logged = Assert.Single(LogLines.Parse(logOutput));
        Assert.Equal("ERROR", logged.Property("level"));
        Assert.Equal("too-big", logged.Property("requestId"));
        Assert.Contains("413", logged.Property("errorMessage"));
    }

    [Theory]
    [InlineData(-1_000)]
    [InlineData(40)] // inside the cancellation margin: the handler would start with its token already cancelled
    public async Task An_event_whose_deadline_has_passed_is_reported_as_an_error_without_running_the_handler(int msLeft)
    {
        var handled = new List<string>();
        var handler = new DelegateHandler((eventJson, context) =>
        {
            handled.Add(context.RequestId);
            return Task.FromResult(eventJson.ToArray());
        });
        await using var runtime = RunningRuntime.Start(handler);

        runtime.Api.Enqueue(FakeEvent.Json("late", "{}", TimeSpan.FromMilliseconds(msLeft)));
        runtime.Api.Enqueue(FakeEvent.Json("on-time", "{}"));
        var error = await runtime.Api.NextOutcomeAsync();
        var response = await runtime.Api.NextOutcomeAsync();

        Assert.Equal(FakeRuntimeApi.ErrorPath("late"), error.Path);
        Assert.Equal(RuntimeErrorTypes.DeadlineExceeded, error.ErrorTypeHeader);
        Assert.Equal(RuntimeErrorTypes.DeadlineExceeded, error.Json.GetProperty("errorType").GetString());
        Assert.Contains("deadline exceeded", error.Json.GetProperty("errorMessage").GetString());
        Assert.Equal(FakeRuntimeApi.ResponsePath("on-time"), response.Path);
        Assert.Equal(["on-time"], handled);
    }

    [Fact]
    public async Task The_handler_token_is_cancelled_just_before_the_deadline()
    {
        // The runtime's clock is driven by the test, so how long the machine takes to deliver the event and run the
        // handler cannot move the moment the token fires.
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
        var started = new TaskCompletionSource<InvocationContext>(TaskCreationOptions.RunContinuationsAsynchronously);
        DateTimeOffset cancelledAt = default;
        var handler = new DelegateHandler(async (_, context) =>
        {
            started.SetResult(context);
            try
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                cancelledAt = time.GetUtcNow();
            }
            return "gave up"u8.ToArray();
        });
        await using var runtime = RunningRuntime.Start(handler, time: time);
        var deadline = time.GetUtcNow() + TimeSpan.FromSeconds(1);

        runtime.Api.Enqueue(new FakeEvent("slow", "{}"u8.ToArray(), deadline));
        var context = await started.Task.WaitAsync(TimeSpan.FromSeconds(15));
        time.Advance(TimeSpan.FromSeconds(1) - LambdaRuntime.DeadlineMargin - TimeSpan.FromMilliseconds(1));
        var cancelledEarly = context.CancellationToken.IsCancellationRequested;
        time.Advance(TimeSpan.FromMilliseconds(1));
        var response = await runtime.Api.NextOutcomeAsync();

        Assert.Equal(deadline, context.Deadline);
        Assert.False(cancelledEarly, "the token fired before deadline − margin");
        Assert.Equal(FakeRuntimeApi.ResponsePath("slow"), response.Path);
        Assert.Equal("gave up", response.Text);
        Assert.Equal(deadline - LambdaRuntime.DeadlineMargin, cancelledAt);
    }

    [Fact]
    public async Task The_trace_id_of_each_event_is_in_the_environment_while_its_handler_runs()
    {
        var seen = new List<string?>();
        var handler = new DelegateHandler((eventJson, _) =>
        {
            seen.Add(Environment.GetEnvironmentVariable(LambdaRuntime.TraceIdVariable));
            return Task.FromResult(eventJson.ToArray());
        });
        await using var runtime = RunningRuntime.Start(handler);
        const string trace = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1";

        runtime.Api.Enqueue(FakeEvent.Json("traced", "{}") with { TraceId = trace });
        runtime.Api.Enqueue(FakeEvent.Json("untraced", "{}"));
        await runtime.Api.NextOutcomeAsync();
        await runtime.Api.NextOutcomeAsync();

        Assert.Equal([trace, null], seen);
    }

    [Fact]
    public async Task Every_log_line_of_an_invocation_carries_its_request_id()
    {
        var handler = new DelegateHandler(async (eventJson, context) =>
        {
            context.Log.Info("started", [new("table", "Players")]);
            await Task.Run(() => context.Log.Info("from other thread"));
            if (context.RequestId == "second")
            {
                throw new InvalidOperationException("boom");
            }
            return eventJson.ToArray();
        });
        var logOutput = new MemoryStream();
        await using var runtime = RunningRuntime.Start(handler, logOutput);

        runtime.Api.Enqueue(FakeEvent.Json("first", "{}"));
        runtime.Api.Enqueue(FakeEvent.Json("second", "{}"));
        await runtime.Api.NextOutcomeAsync();
        await runtime.Api.NextOutcomeAsync();
        await runtime.StopAsync();

        var lines = LogLines.Parse(logOutput);
        Assert.Equal(
            [
                ("first", "INFO", "started"), ("first", "INFO", "from other thread"),
                ("second", "INFO", "started"), ("second", "INFO", "from other thread"), ("second", "ERROR", "The handler failed."),
            ],
            lines.Select(line => (line.Property("requestId"), line.Property("level"), line.Property("message"))));
        Assert.Equal("Players", lines[0].Property("table"));
        Assert.Equal("boom", lines[4].Property("errorMessage"));
    }

    [Fact]
    public async Task The_handler_log_honours_the_level_threshold()
    {
        var handler = new DelegateHandler((eventJson, context) =>
        {
            context.Log.Debug("detail");
            context.Log.Info("progress");
            context.Log.Warn("odd");
            return Task.FromResult(eventJson.ToArray());
        });
        var logOutput = new MemoryStream();
        await using var runtime = RunningRuntime.Start(handler, logOutput, LogLevel.Warn);

        runtime.Api.Enqueue(FakeEvent.Json("only", "{}"));
        await runtime.Api.NextOutcomeAsync();
        await runtime.StopAsync();

        Assert.Equal(["odd"], LogLines.Parse(logOutput).Select(line => line.Property("message")));
    }
}
