using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Lambda;

namespace LiveScore.LocalCloud.Streams;

/// <summary>Opens a table's change stream for a new mapping.</summary>
public delegate Task<IStreamSource> StreamOpener(string table, CancellationToken cancellationToken);

/// <summary>Every stream event source mapping of the catalog, running in the background from start to shutdown.</summary>
public sealed class StreamMappings(
    IEnumerable<FunctionDefinition> functions,
    LambdaService lambda,
    DeadLetters deadLetters,
    TextWriter console,
    TimeProvider clock) : BackgroundLoops
{
    public async Task StartAsync(StreamOpener openStream, CancellationToken cancellationToken)
    {
        foreach (var function in functions.Where(f => f.Stream is not null))
        {
            // Opened before the functions start, so a mapping that starts at LATEST misses no change they make.
            var source = await openStream(function.Stream!.Table, cancellationToken);
            var mapping = new StreamMapping(function, source, lambda, deadLetters, console, clock);
            Run(mapping.RunAsync);
        }
    }
}
