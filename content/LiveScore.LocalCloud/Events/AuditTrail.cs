using LiveScore.Lambda.Events;

namespace LiveScore.LocalCloud.EventBridge;

/// <summary>A rule's target and how delivering the event to it went: <c>pending</c>, <c>delivered</c> or <c>failed</c>.</summary>
public sealed record AuditDelivery(string Function, string State, int Attempts, string? Error);

/// <summary>One recorded call, summed up for the audit page, with the CloudTrail event itself.</summary>
/// <param name="Caller">The caller's ARN, or <c>anonymous</c>.</param>
/// <param name="Deliveries">The rules the event matched, by target function; empty when it matched none.</param>
public sealed record AuditEntry(
    string Time,
    string EventName,
    string? Bucket,
    string? Key,
    string Caller,
    string? SourceIp,
    string? ErrorCode,
    IReadOnlyList<AuditDelivery> Deliveries,
    CloudTrailEvent Event);

/// <summary>The most recent CloudTrail events of the local cloud, newest last: what <c>/_local/audit</c> shows.</summary>
public sealed class AuditTrail
{
    public const int Capacity = 1000;
    private readonly Queue<string> _order = new();
    private readonly Dictionary<string, AuditEntry> _entries = new(StringComparer.Ordinal);

    public void Add(CloudTrailEvent @event, IEnumerable<string> targets)
    {
        var detail = @event.Detail;
        var entry = new AuditEntry(
            detail.EventTime,
            detail.EventName,
            detail.RequestParameters?["bucketName"]?.GetValue<string>(),
            detail.RequestParameters?["key"]?.GetValue<string>(),
            detail.UserIdentity.Arn ?? detail.UserIdentity.AccountId ?? "unknown",
            detail.SourceIpAddress,
            detail.ErrorCode,
            [.. targets.Select(function => new AuditDelivery(function, "pending", 0, null))],
            @event);
        lock (_entries)
        {
            if (_order.Count == Capacity)
            {
                _entries.Remove(_order.Dequeue());
            }
            _order.Enqueue(@event.Id);
            _entries[@event.Id] = entry;
        }
    }

    /// <summary>Records how delivering event <paramref name="eventId"/> to the delivery's function went.</summary>
    public void Update(string eventId, AuditDelivery delivery)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue(eventId, out var entry))
            {
                _entries[eventId] = entry with { Deliveries = [.. entry.Deliveries.Select(d => d.Function == delivery.Function ? delivery : d)] };
            }
        }
    }

    public IReadOnlyList<AuditEntry> Snapshot()
    {
        lock (_entries)
        {
            return [.. _order.Select(id => _entries[id])];
        }
    }
}
