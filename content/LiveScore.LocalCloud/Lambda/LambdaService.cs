using System.Diagnostics;
using LiveScore.Lambda.Catalog;

namespace LiveScore.LocalCloud.Lambda;

/// <summary>Every function of the catalog, invocable by id; each invocation is timed and logged.</summary>
public sealed class LambdaService(IEnumerable<FunctionDefinition> definitions, InvocationLog log, TimeProvider clock)
{
    private readonly Dictionary<string, LocalFunction> _functions =
        definitions.ToDictionary(d => d.Id, d => new LocalFunction(d, clock), StringComparer.Ordinal);

    public IReadOnlyCollection<LocalFunction> Functions => _functions.Values;

    public LocalFunction? Find(string functionId) => _functions.GetValueOrDefault(functionId);

    public async Task<InvocationOutcome> InvokeAsync(string functionId, byte[] payload, string trigger, CancellationToken cancellationToken)
    {
        var function = Find(functionId) ?? throw new KeyNotFoundException($"No function '{functionId}'.");
        var started = Stopwatch.GetTimestamp();
        var outcome = await function.InvokeAsync(payload, cancellationToken);
        log.Add(functionId, trigger, Stopwatch.GetElapsedTime(started), outcome);
        return outcome;
    }
}
