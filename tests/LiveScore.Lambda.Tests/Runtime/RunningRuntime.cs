using LiveScore.Lambda.Logging;
using LiveScore.Lambda.Runtime;

namespace LiveScore.Lambda.Tests.Runtime;

/// <summary>A <see cref="LambdaRuntime"/> looping in the background against its own <see cref="FakeRuntimeApi"/>.</summary>
internal sealed class RunningRuntime : IAsyncDisposable
{
    private readonly RuntimeApiClient client;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;

    private RunningRuntime(IFunctionHandler handler, Stream logOutput, LogLevel logLevel, int maxResponseBytes, TimeProvider time)
    {
        Api = FakeRuntimeApi.Start(maxResponseBytes);
        client = new RuntimeApiClient(Api.Address);
        var log = new JsonLambdaLog(logOutput, logLevel, TimeProvider.System);
        var runtime = new LambdaRuntime(client, handler, FunctionName, log, time);
        loop = Task.Run(() => runtime.RunAsync(stopping.Token));
    }

    public const string FunctionName = "test-function";

    public FakeRuntimeApi Api { get; }

    /// <param name="time">The runtime's clock for deadlines (the system clock unless a test drives time itself).</param>
    public static RunningRuntime Start(
        IFunctionHandler handler, Stream? logOutput = null, LogLevel logLevel = LogLevel.Info, int maxResponseBytes = int.MaxValue,
        TimeProvider? time = null) =>
        new(handler, logOutput ?? Stream.Null, logLevel, maxResponseBytes, time ?? TimeProvider.System);

    /// <summary>Stops the loop and rethrows whatever ended it other than the stop itself.</summary>
    public async Task StopAsync()
    {
        await stopping.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(15));
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await loop.WaitAsync(TimeSpan.FromSeconds(15));
        }
        catch (Exception)
        {
            // A test that cares how the loop ended asserts it through StopAsync; disposal only cleans up.
        }
        client.Dispose();
        await Api.DisposeAsync();
        stopping.Dispose();
    }
}
