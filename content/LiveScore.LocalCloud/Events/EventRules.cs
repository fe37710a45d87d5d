using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Lambda;

namespace LiveScore.LocalCloud.EventBridge;

/// <summary>
/// The local EventBridge default bus: every event is recorded in the <see cref="AuditTrail"/>, matched against the
/// catalog's rules (each function's <see cref="FunctionDefinition.BucketCalls"/> with the local bucket names) and
/// delivered to each matching function as Lambda invokes asynchronously: in order, retried twice after a failure
/// (after 1 and 2 seconds here; Lambda waits about 1 and 2 minutes).
/// </summary>
public sealed class EventRules : BackgroundLoops
{
    /// <summary>Attempts per event and target: the first and Lambda's two retries of an asynchronous invocation.</summary>
    public const int Attempts = 3;

    private readonly LocalApplication _application;
    private IReadOnlyList<(string Function, JsonObject Pattern)> _rules = [];
    private readonly Channel<(CloudTrailEvent Event, string Function)> _deliveries = Channel.CreateUnbounded<(CloudTrailEvent, string)>();
    private readonly LambdaService _lambda;
    private readonly AuditTrail _trail;
    private readonly TimeProvider _clock;

    public EventRules(LocalApplication application, LambdaService lambda, AuditTrail trail, TimeProvider clock)
    {
        _application = application;
        _lambda = lambda;
        _trail = trail;
        _clock = clock;
    }

    /// <summary>Builds each rule's pattern with the local bucket names and starts delivering.</summary>
    /// <exception cref="InvalidOperationException">A rule watches a bucket the catalog does not define.</exception>
    public void Start()
    {
        var buckets = _application.Buckets.ToDictionary(b => b.Name, b => b.LocalName, StringComparer.Ordinal);
        _rules = [.. _application.Functions.Where(f => f.BucketCalls is not null).Select(f => (f.Id, f.BucketCalls!.EventPattern(name =>
            buckets.TryGetValue(name, out var local)
                ? local
                : throw new InvalidOperationException($"{f.Id} watches the bucket '{name}', which the catalog does not define."))))];
        Run(DeliverAsync);
    }

    /// <summary>Records <paramref name="event"/> and queues it for every rule it matches; returns at once.</summary>
    public void Put(CloudTrailEvent @event)
    {
        var json = JsonSerializer.SerializeToNode(@event, HostingJsonContext.Default.CloudTrailEvent);
        var targets = _rules.Where(rule => EventPattern.Matches(rule.Pattern, json)).Select(rule => rule.Function).ToList();
        _trail.Add(@event, targets);
        foreach (var target in targets)
        {
            _deliveries.Writer.TryWrite((@event, target));
        }
    }

    private async Task DeliverAsync(CancellationToken stopping)
    {
        await foreach (var (@event, function) in _deliveries.Reader.ReadAllAsync(stopping))
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes(@event, HostingJsonContext.Default.CloudTrailEvent);
            for (var attempt = 1; ; attempt++)
            {
                var outcome = await _lambda.InvokeAsync(function, payload, "EventBridge " + @event.Detail.EventName, stopping);
                if (outcome.Succeeded)
                {
                    _trail.Update(@event.Id, new AuditDelivery(function, "delivered", attempt, null));
                    break;
                }
                var error = outcome.ErrorType + ": " + Encoding.UTF8.GetString(outcome.Payload);
                if (attempt == Attempts)
                {
                    _trail.Update(@event.Id, new AuditDelivery(function, "failed", attempt, error));
                    break;
                }
                _trail.Update(@event.Id, new AuditDelivery(function, "retrying", attempt, error));
                await Task.Delay(TimeSpan.FromSeconds(attempt), _clock, stopping);
            }
        }
    }
}
