using LiveScore.Lambda.Runtime;
using LiveScore.LocalCloud.Lambda;

namespace LiveScore.LocalCloud.Tests.WebSockets;

/// <summary>
/// Test functions run in this process through the real bootstrap and Runtime API loop, against the local Runtime API:
/// the same protocol the local cloud's function processes speak.
/// </summary>
internal sealed class InProcessFunctions(LambdaService lambda, RuntimeApiSecret secret) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _environments = [];

    /// <param name="runtimeApi">host:port of the Runtime API's listener.</param>
    public void Start(string runtimeApi)
    {
        foreach (var function in lambda.Functions)
        {
            var definition = function.Definition;
            var environment = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [RuntimeSettings.RuntimeApiVariable] = runtimeApi + secret.Prefix(definition.Id),
                [RuntimeSettings.HandlerVariable] = definition.Id,
                [RuntimeSettings.FunctionNameVariable] = definition.Id,
            };
            _environments.Add(Task.Run(() => LambdaBootstrap.RunAsync(
                name => environment.GetValueOrDefault(name), id => id == definition.Id ? definition : null, Stream.Null, _stopping.Token)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_environments).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }
}
