using System.Diagnostics;
using LiveScore.Lambda.Catalog;

namespace LiveScore.LocalCloud.Lambda;

/// <summary>Every function of the catalog, invocable by id; each invocation is timed and logged.</summary>
public sealed class LambdaService(IEnumerable<FunctionDefinition> definitions, InvocationLog log, TimeProvider clock)
{
    private readonly Dictionary<string, LocalFunction> _functions =
        definitions.ToDictionary(d => d.Id, d => new LocalFunction(d, clock), StringComparer.Ordinal);

    public IReadOnlyCollection<LocalFunction> Functions => _functions.Values;

    /// <summary>The function with this handler id or deployed name.</summary>
    public LocalFunction? Find(string functionId) =>
        _functions.GetValueOrDefault(functionId) ?? _functions.Values.FirstOrDefault(f => string.Equals(f.Definition.Name, functionId, StringComparison.Ordinal));

    public async Task<InvocationOutcome> InvokeAsync(string functionId, byte[] payload, string trigger, CancellationToken cancellationToken)
    {
        var function = Find(functionId) ?? throw new KeyNotFoundException($"No function '{functionId}'.");
        var started = Stopwatch.GetTimestamp();
        var outcome = await function.InvokeAsync(payload, cancellationToken);
        log.Add(function.Definition.Id, trigger, Stopwatch.GetElapsedTime(started), outcome);
        return outcome;
    }
}
