using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using LiveScore.LocalCloud.Tables;

// Operations/s of the embedded DynamoDB endpoint against DynamoDB Local (budget: ≥ 10×). The same script of AWS SDK
// calls (an app's mix: put, get, conditional update, GSI query, delete, 2-item transaction) runs against both through
// the same client settings (LocalDynamoDbClient), in one run; the embedded endpoint is hosted in this process.
// Usage: DynamoDb <DynamoDB Local endpoint> [--operations 10000] [--workers 8] [--warmup 60000] [--max-seconds 120]
var localEndpoint = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0]
    : Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_DYNAMODB")
      ?? throw new InvalidOperationException("Pass DynamoDB Local's endpoint or set AWS_ENDPOINT_URL_DYNAMODB.");
var operations = Option("--operations", 10000);
// Concurrent callers: throughput, not the latency of one caller, is what the budget is about.
var workers = Option("--workers", 8);
// Calls before measuring. Both sides need tens of thousands to reach steady state: .NET's tiered JIT (with PGO) of the
// SDK, Kestrel and the engine, and DynamoDB Local's JVM; after 600 calls both ran at less than half their final speed.
var warmup = Option("--warmup", 60000);
// Bounds each phase against a stuck or slow endpoint; a phase cut short says so (operations < requested).
var maxSeconds = Option("--max-seconds", 120);

var results = new List<(Result WarmUp, Result Measured)>();
await using (var embedded = await EmbeddedDynamoDb.StartAsync())
{
    results.Add(await MeasureAsync("embedded", embedded.Endpoint));
}
results.Add(await MeasureAsync("DynamoDB Local", localEndpoint));

// The machine is shared: other processes' load (1/5/15-minute averages) explains a noisy run.
Console.WriteLine($"{workers} workers; load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3])}");
Console.WriteLine("| endpoint | phase | operations | errors | seconds | ops/s | p50 | p99 |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");
foreach (var r in results.SelectMany(r => new[] { r.WarmUp, r.Measured }))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Name} | {r.Phase} | {r.Latencies.Length:N0} | {r.Errors} | {r.Seconds:0.00} | {r.OpsPerSecond:N0} | {Percentile(r.Latencies, 0.50):0.00} ms | {Percentile(r.Latencies, 0.99):0.00} ms |"));
    if (r.FirstError is not null) Console.WriteLine($"  first error ({r.Name}, {r.Phase}): {r.FirstError}");
}
// The warm-up ratio is what a short test run sees (JIT of both still under way); the measured one is the budget's.
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"embedded / DynamoDB Local: measured {results[0].Measured.OpsPerSecond / results[1].Measured.OpsPerSecond:0.0}× (budget ≥ 10×), warm-up {results[0].WarmUp.OpsPerSecond / results[1].WarmUp.OpsPerSecond:0.0}×"));
return results.All(r => r.WarmUp.Errors == 0 && r.Measured.Errors == 0 && r.Measured.Latencies.Length == operations) ? 0 : 1;

async Task<(Result, Result)> MeasureAsync(string name, string endpoint)
{
    using var client = LocalDynamoDbClient.For(endpoint);
    // A fresh name: a DynamoDB Local started with -sharedDb may be reused across runs.
    var table = $"bench-{Guid.NewGuid():N}";
    await client.CreateTableAsync(new CreateTableRequest
    {
        TableName = table,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        AttributeDefinitions = [new("pk", ScalarAttributeType.S), new("team", ScalarAttributeType.S), new("score", ScalarAttributeType.N)],
        KeySchema = [new("pk", KeyType.HASH)],
        GlobalSecondaryIndexes = [new()
        {
            IndexName = "by-team",
            KeySchema = [new("team", KeyType.HASH), new("score", KeyType.RANGE)],
            Projection = new Projection { ProjectionType = ProjectionType.ALL },
        }],
        StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = StreamViewType.NEW_AND_OLD_IMAGES },
    });
    try
    {
        return (await RunAsync(name, "warm-up", client, table, warmup), await RunAsync(name, "measured", client, table, operations));
    }
    finally
    {
        await client.DeleteTableAsync(table);
    }
}

// Each worker repeats the same 6-call cycle on keys of its own (so no transaction conflicts); a shared ticket counter
// stops all workers after exactly `count` calls.
async Task<Result> RunAsync(string name, string phase, AmazonDynamoDBClient client, string table, int count)
{
    var issued = 0;
    var errors = 0;
    string? firstError = null;
    var perWorker = Enumerable.Range(0, workers).Select(_ => new List<double>()).ToArray();
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
    {
        for (var cycle = 0; ; cycle++)
        {
            for (var step = 0; step < 6; step++)
            {
                if (Interlocked.Increment(ref issued) > count || clock.Elapsed.TotalSeconds > maxSeconds) return;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await CallAsync(client, table, w, cycle, step);
                }
                catch (AmazonDynamoDBException e)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, $"{e.ErrorCode}: {e.Message}", null);
                }
                perWorker[w].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    })));
    return new Result(name, phase, [.. perWorker.SelectMany(l => l).Order()], clock.Elapsed.TotalSeconds, errors, firstError);
}

static Task CallAsync(AmazonDynamoDBClient client, string table, int worker, int cycle, int step)
{
    var player = S($"player-{worker}");
    var team = S($"team-{worker % 4}");
    return step switch
    {
        0 => client.PutItemAsync(new PutItemRequest
        {
            TableName = table,
            Item = new() { ["pk"] = player, ["team"] = team, ["score"] = N(cycle), ["name"] = S($"Player {worker}") },
        }),
        1 => client.GetItemAsync(new GetItemRequest { TableName = table, Key = new() { ["pk"] = player }, ConsistentRead = true }),
        2 => client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = table,
            Key = new() { ["pk"] = player },
            UpdateExpression = "SET score = score + :points, updatedAt = :now",
            ConditionExpression = "attribute_exists(pk) AND score < :max",
            ExpressionAttributeValues = new() { [":points"] = N(3), [":now"] = S(DateTime.UtcNow.ToString("O")), [":max"] = N(1_000_000) },
        }),
        // A leaderboard read: the team's top 10.
        3 => client.QueryAsync(new QueryRequest
        {
            TableName = table,
            IndexName = "by-team",
            KeyConditionExpression = "team = :team AND score >= :min",
            ExpressionAttributeValues = new() { [":team"] = team, [":min"] = N(0) },
            ScanIndexForward = false,
            Limit = 10,
        }),
        4 => client.DeleteItemAsync(new DeleteItemRequest { TableName = table, Key = new() { ["pk"] = player } }),
        // A match record and the worker's counter together; 16 match keys per worker keep the table's size bounded.
        _ => client.TransactWriteItemsAsync(new TransactWriteItemsRequest
        {
            TransactItems =
            [
                new() { Put = new Put { TableName = table, Item = new() { ["pk"] = S($"match-{worker}-{cycle % 16}"), ["team"] = team, ["score"] = N(cycle) } } },
                new()
                {
                    Update = new Update
                    {
                        TableName = table,
                        Key = new() { ["pk"] = S($"counter-{worker}") },
                        UpdateExpression = "SET played = if_not_exists(played, :zero) + :one",
                        ExpressionAttributeValues = new() { [":zero"] = N(0), [":one"] = N(1) },
                    },
                },
            ],
        }),
    };
}

static AttributeValue S(string value) => new() { S = value };

static AttributeValue N(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

static double Percentile(double[] sorted, double p) =>
    sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

internal sealed record Result(string Name, string Phase, double[] Latencies, double Seconds, int Errors, string? FirstError)
{
    public double OpsPerSecond => Latencies.Length / Seconds;
}
