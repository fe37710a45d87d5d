namespace LiveScore.LocalCloud.Faults;

/// <summary>A fault switched on, with what is left of it.</summary>
/// <param name="Remaining">Calls it still hits (count-bound faults).</param>
/// <param name="Until">When it ends (time-bound faults).</param>
public sealed record ActiveFault(Fault Fault, int Remaining, DateTimeOffset? Until);

/// <summary>The faults switched on at <c>/_local/faults</c>; each hit uses one up, and time-bound ones run out.</summary>
public sealed class LocalFaults(TimeProvider clock)
{
    private readonly List<ActiveFault> _active = [];

    public void Add(Fault fault)
    {
        lock (_active)
        {
            _active.Add(new ActiveFault(fault, fault.Times, fault.Target == Fault.DynamoDb ? clock.GetUtcNow().AddSeconds(fault.Seconds) : null));
        }
    }

    /// <summary>The first active fault on <paramref name="target"/> (and <paramref name="function"/>), used up by one hit; null when none.</summary>
    /// <param name="kind">Only a fault of this kind, when given.</param>
    public Fault? Take(string target, string? function = null, string? kind = null)
    {
        lock (_active)
        {
            var now = clock.GetUtcNow();
            _active.RemoveAll(a => a.Until <= now);
            var index = _active.FindIndex(a => a.Fault.Target == target && a.Fault.Function == function && (kind is null || a.Fault.Kind == kind));
            if (index < 0)
            {
                return null;
            }
            var active = _active[index];
            if (active.Until is null)
            {
                if (active.Remaining == 1)
                {
                    _active.RemoveAt(index);
                }
                else
                {
                    _active[index] = active with { Remaining = active.Remaining - 1 };
                }
            }
            return active.Fault;
        }
    }

    public IReadOnlyList<ActiveFault> Snapshot()
    {
        lock (_active)
        {
            var now = clock.GetUtcNow();
            _active.RemoveAll(a => a.Until <= now);
            return _active.ToArray();
        }
    }

    public void Clear()
    {
        lock (_active)
        {
            _active.Clear();
        }
    }
}
