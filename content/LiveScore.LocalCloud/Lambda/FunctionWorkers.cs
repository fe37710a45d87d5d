using LiveScore.Lambda;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Runtime;

namespace LiveScore.LocalCloud.Lambda;

/// <summary>
/// Runs each function's real bootstrap code in this process against the local Runtime API, like Lambda
/// execution environments: a handler that fails to start reports to /init/error.
/// </summary>
public sealed class FunctionWorkers(LambdaService lambda, HandlerFactories factories) : IAsyncDisposable
{
    /// <summary>Concurrent environments per function; stream consumers get one, like one shard.</summary>
    public const int HttpConcurrency = 4;

    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _workers = [];

    public void Start(Uri baseAddress)
    {
        var runtimeHost = baseAddress.Authority;
        foreach (var function in lambda.Functions)
        {
            var definition = function.Definition with { Create = factories.For(function.Definition) };
            var count = definition.Stream is null ? HttpConcurrency : 1;
            for (var i = 0; i < count; i++)
            {
                _workers.Add(Task.Run(() => RunAsync(runtimeHost, definition)));
            }
        }
    }

    private async Task RunAsync(string runtimeHost, FunctionDefinition definition)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RuntimeSettings.RuntimeApiVariable] = $"{runtimeHost}/_runtime/{definition.Id}",
            [RuntimeSettings.HandlerVariable] = definition.Id,
            [RuntimeSettings.FunctionNameVariable] = definition.Id,
        };
        await LambdaBootstrap.RunAsync(
            name => environment.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name),
            id => id == definition.Id ? definition : null,
            Console.OpenStandardOutput(),
            _stopping.Token);
    }

    public async Task StopAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await _stopping.CancelAsync();
        }
        await Task.WhenAll(_workers).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }
}

/// <summary>How the local cloud builds each handler: with embedded tables, or with the deployed adapters against a DynamoDB endpoint.</summary>
public sealed class HandlerFactories(IReadOnlyDictionary<string, Func<IFunctionHandler>> embedded, bool useDeployedAdapters)
{
    public Func<IFunctionHandler> For(FunctionDefinition definition) =>
        !useDeployedAdapters && embedded.TryGetValue(definition.Id, out var factory) ? factory : definition.Create;
}
