using LiveScore.LocalCloud.DynamoDb;
using LiveScore.LocalCloud.EventBridge;
using LiveScore.LocalCloud.Lambda;
using LiveScore.LocalCloud.Queues;
using LiveScore.LocalCloud.Streams;
using LiveScore.LocalCloud.Tables;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace LiveScore.LocalCloud;

/// <summary>
/// Brings the application up once the server listens (the embedded endpoints are served by it): the tables, then
/// the stream mappings, the queues and their mappings, the event rules, then the functions' processes. Start fails, naming the cause, when any of them cannot.
/// </summary>
internal sealed class LocalCloudStartup(
    LocalApplication application,
    LocalCloudOptions options,
    IServer server,
    StreamMappings mappings,
    QueueMappings queues,
    EventRules rules,
    FunctionProcesses processes,
    RuntimeApiSecret secret,
    RuntimeApiListener runtimeListener,
    DynamoDbEngine engine,
    TextWriter console) : IHostedLifecycleService, IDisposable
{
    /// <summary>How long the functions may take to start before the local cloud gives up on them.</summary>
    public static readonly TimeSpan FunctionStartPatience = TimeSpan.FromSeconds(60);

    private DynamoDbTables? _tables;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var address = new Uri(server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        runtimeListener.Bind(server);
        var root = address.GetLeftPart(UriPartial.Authority);
        var dynamoDbEndpoint = options.DynamoDbEndpoint ?? root + LocalCloudHost.DynamoDbPath;
        _tables = new DynamoDbTables(
            application.Tables, dynamoDbEndpoint, console, TimeProvider.System, options.DynamoDbEndpoint is null ? () => engine.StreamsAppended : null);
        try
        {
            await _tables.ProvisionAsync(cancellationToken);
            await mappings.StartAsync(_tables.OpenStreamAsync, cancellationToken);
            queues.Start();
            rules.Start();
            await processes.StartAsync(
                function => LocalEnvironment.For(
                    function.Definition, root, dynamoDbEndpoint, $"{runtimeListener.Authority}{secret.Prefix(function.Definition.Id)}", Environment.GetEnvironmentVariable),
                FunctionStartPatience,
                cancellationToken);
        }
        catch
        {
            // The host does not stop what a failed start began: end the processes and mappings here.
            await StoppingAsync(CancellationToken.None);
            throw;
        }
    }

    // Environments long-poll /next: end them first so the server does not wait for those requests.
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await processes.StopAsync();
        await mappings.StopAsync(cancellationToken);
        await queues.StopAsync(cancellationToken);
        await rules.StopAsync(cancellationToken);
    }

    public void Dispose() => _tables?.Dispose();

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
