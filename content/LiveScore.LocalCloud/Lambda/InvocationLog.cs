using System.Globalization;

namespace LiveScore.LocalCloud.Lambda;

public sealed record InvocationRecord(string Time, string FunctionId, string Trigger, double DurationMs, string Outcome, string? ErrorType);

/// <summary>The most recent invocations, newest last, also printed to the console the way sam local does.</summary>
public sealed class InvocationLog(TextWriter console, TimeProvider clock)
{
    public const int Capacity = 500;
    private readonly Queue<InvocationRecord> _records = new();

    public void Add(string functionId, string trigger, TimeSpan duration, InvocationOutcome outcome)
    {
        var record = new InvocationRecord(
            clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            functionId,
            trigger,
            Math.Round(duration.TotalMilliseconds, 2),
            outcome.Succeeded ? "ok" : "error",
            outcome.ErrorType);
        lock (_records)
        {
            if (_records.Count == Capacity)
            {
                _records.Dequeue();
            }
            _records.Enqueue(record);
        }
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"λ {functionId,-16} {record.DurationMs,8:0.0} ms  {record.Outcome}{(outcome.ErrorType is null ? "" : " " + outcome.ErrorType)}  ({trigger})"));
    }

    public IReadOnlyList<InvocationRecord> Snapshot()
    {
        lock (_records)
        {
            return _records.ToArray();
        }
    }
}
