using LiveScore.Lambda.Logging;

namespace LiveScore.Lambda.Tests.Runtime;

/// <summary>Alone in its collection, which runs after all others: the heap it measures is the process's.</summary>
[CollectionDefinition(nameof(RuntimeEnduranceTests), DisableParallelization = true)]
[Collection(nameof(RuntimeEnduranceTests))]
public class RuntimeEnduranceTests
{
    // HttpClient, HttpListener and the thread pool fill their buffer caches over the first several hundred requests,
    // with or without the runtime in the loop, so the heap is compared only after that.
    private const int WarmUp = 1_000;
    private const int Measured = 1_000;

    // Each thread-pool thread that joins later still brings its own buffer caches (up to ~2 MB seen in total), so
    // the heap check is coarse: keeping the event or the response of every invocation would add at least 8 MB.
    // The weak references below catch the runtime keeping any invocation's context or response, however small.
    private const long Tolerance = 4 * 1024 * 1024;

    private static readonly string Payload = $$"""{"data":"{{new string('x', 8 * 1024)}}"}""";

    [Fact]
    public async Task A_thousand_invocations_after_warm_up_leave_nothing_behind()
    {
        var contexts = new WeakReference?[WarmUp + Measured];
        var responses = new WeakReference?[WarmUp + Measured];
        var served = 0;
        var handler = new DelegateHandler((eventJson, context) =>
        {
            context.Log.Info("served");
            var response = eventJson.ToArray();
            contexts[served] = new WeakReference(context);
            responses[served++] = new WeakReference(response);
            return Task.FromResult(response);
        });
        await using var runtime = RunningRuntime.Start(handler);

        await ServeAsync(runtime, from: 0, to: WarmUp);
        var before = SettledHeapBytes();
        await ServeAsync(runtime, from: WarmUp, to: WarmUp + Measured);
        var after = SettledHeapBytes();

        Assert.Equal(WarmUp + Measured, served);
        // Only the latest invocation may linger: the socket keeps the last buffer it sent until it sends again, and
        // Debug builds keep an async method's locals for as long as its state machine lives.
        Assert.DoesNotContain(contexts[..^1], context => context!.IsAlive);
        Assert.DoesNotContain(responses[..^1], response => response!.IsAlive);
        Assert.True(after - before < Tolerance, $"The managed heap grew by {after - before:N0} bytes over {Measured:N0} invocations.");
    }

    private static async Task ServeAsync(RunningRuntime runtime, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            runtime.Api.Enqueue(FakeEvent.Json($"req-{i}", Payload));
        }
        for (var i = from; i < to; i++)
        {
            var outcome = await runtime.Api.NextOutcomeAsync();
            Assert.Equal(FakeRuntimeApi.ResponsePath($"req-{i}"), outcome.Path);
            Assert.Equal(Payload.Length, outcome.Body.Length);
        }
    }

    private static long SettledHeapBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
