using System.Text.Json;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.EventBridge;
using LiveScore.LocalCloud.Lambda;
using LiveScore.LocalCloud.S3;
using LiveScore.LocalCloud.Testing;

namespace LiveScore.LocalCloud.Tests.EventBridge;

/// <summary>The local EventBridge bus: every event in the trail, matching ones delivered to their function, failures retried twice.</summary>
public sealed class EventRulesTests : IAsyncDisposable
{
    private const string FunctionId = "audit-alert";
    private static readonly BucketDefinition Lake = new("Lake");
    private static readonly FunctionDefinition Alert = new(FunctionId, "alerts", () => throw new NotSupportedException())
    {
        BucketCalls = new BucketCallRule(["PutBucketPolicy", "DeleteObject"], [Lake.Name]),
    };

    private readonly AuditTrail _trail = new();
    private EventRules? _rules;
    private ScriptedFunction<CloudTrailEvent>? _function;

    [Fact]
    public async Task A_watched_call_is_delivered_once_and_the_others_are_only_recorded()
    {
        var function = Start(_ => Ok());

        _rules!.Put(Call("GetObject", "lake", "a.json"));
        _rules.Put(Call("PutBucketPolicy", "other-bucket"));
        _rules.Put(Call("PutBucketPolicy", "lake"));

        await Eventually.UntilAsync(() => _trail.Snapshot(), t => t[2].Deliveries.Single().State == "delivered", "the policy change delivered");
        var delivered = Assert.Single(function.Batches.SelectMany(b => b));
        Assert.Equal(("PutBucketPolicy", "lake"), (delivered.Detail.EventName, delivered.Detail.RequestParameters!["bucketName"]!.GetValue<string>()));
        var trail = _trail.Snapshot();
        Assert.Equal(["GetObject", "PutBucketPolicy", "PutBucketPolicy"], trail.Select(e => e.EventName));
        Assert.Equal([0, 0, 1], trail.Select(e => e.Deliveries.Count));
        Assert.Equal(new AuditDelivery(FunctionId, "delivered", 1, null), trail[2].Deliveries[0]);
    }

    [Fact]
    public async Task A_failing_function_gets_the_event_three_times_then_the_trail_says_it_failed()
    {
        var function = Start(_ => InvocationOutcome.Failure("Boom", "no topic"));

        _rules!.Put(Call("DeleteObject", "lake", "visits/a.json.gz"));

        var entry = await Eventually.UntilAsync(() => _trail.Snapshot().Single(), e => e.Deliveries.Single().State == "failed", "the delivery to fail");
        Assert.Equal(EventRules.Attempts, function.Batches.Count);
        var failed = entry.Deliveries.Single();
        Assert.Equal(EventRules.Attempts, failed.Attempts);
        Assert.Contains("no topic", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_watching_a_bucket_the_catalog_lacks_stops_the_start_naming_it()
    {
        var lambda = new LambdaService([Alert], new InvocationLog(TextWriter.Null, TimeProvider.System), TimeProvider.System);
        using var rules = new EventRules(new LocalApplication([Alert], [], [], "bootstrap.dll"), lambda, _trail, TimeProvider.System);

        var error = Assert.Throws<InvalidOperationException>(rules.Start);

        Assert.Contains("'Lake'", error.Message, StringComparison.Ordinal);
        Assert.Contains(FunctionId, error.Message, StringComparison.Ordinal);
    }

    private ScriptedFunction<CloudTrailEvent> Start(Func<IReadOnlyList<CloudTrailEvent>, InvocationOutcome> script)
    {
        var lambda = new LambdaService([Alert], new InvocationLog(TextWriter.Null, TimeProvider.System), TimeProvider.System);
        _rules = new EventRules(new LocalApplication([Alert], [], [], "bootstrap.dll") { Buckets = [Lake] }, lambda, _trail, TimeProvider.System);
        _rules.Start();
        _function = new ScriptedFunction<CloudTrailEvent>(
            lambda, FunctionId, payload => [JsonSerializer.Deserialize(payload, HostingJsonContext.Default.CloudTrailEvent)!], script);
        return _function;
    }

    private static InvocationOutcome Ok() => new(true, "{}"u8.ToArray(), null);

    private static CloudTrailEvent Call(string operation, string bucket, string? key = null)
    {
        var parameters = new Dictionary<string, string> { ["bucketName"] = bucket };
        if (key is not null) parameters["key"] = key;
        return S3CloudTrail.From(
            new S3ApiCall(operation, bucket, key, 200, null, "local", "127.0.0.1", "test", DateTimeOffset.UtcNow, parameters), "us-east-1", "000000000000");
    }

    public async ValueTask DisposeAsync()
    {
        if (_function is not null) await _function.DisposeAsync();
        if (_rules is not null)
        {
            await _rules.StopAsync(CancellationToken.None);
            _rules.Dispose();
        }
    }
}
