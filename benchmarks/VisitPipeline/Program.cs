using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using LiveScore.LocalCloud.Testing;

// The visit pipeline of a running local cloud (samples/DataLake): POST /visits → SQS → visit-queue → ProductVisits
// → stream → visit-stream → lake objects, which the local cloud keeps as files under its data folder.
// 1. Latency: one visit at a time, POST sent → its line readable in a lake file, --single times.
// 2. Throughput: --visits visits posted by --clients concurrent clients; visits/s from the first POST to the moment
//    the last one is readable in the lake.
// Visits need a signed-in customer: the benchmark signs one in to the local user pool first (a sample generated with
// --auth none ignores the token).
// Usage: VisitPipeline <base URL> <lake folder> [--single 20] [--visits 2000] [--clients 16]
var baseUrl = new Uri(args[0]);
var lake = args[1];
var single = Option("--single", 20);
var total = Option("--visits", 2000);
var clients = Option("--clients", 16);

using var http = await LocalCustomers.HttpAsync(baseUrl, "bench@example.com");
var clock = Stopwatch.StartNew();
var run = Guid.NewGuid().ToString("N")[..8];

var latencies = new List<double>();
for (var i = 0; i < single; i++)
{
    var product = $"lat-{run}-{i}";
    var sent = clock.Elapsed.TotalMilliseconds;
    await PostAsync(product);
    await UntilAsync(() => CountInLake(product) >= 1, TimeSpan.FromSeconds(30));
    latencies.Add(clock.Elapsed.TotalMilliseconds - sent);
}
latencies.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"one visit at a time ({single}): POST → readable in the lake p50 {latencies[latencies.Count / 2]:0} ms, max {latencies[^1]:0} ms"));

var prefix = $"tp-{run}-";
var next = -1;
var start = clock.Elapsed;
await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
{
    while (Interlocked.Increment(ref next) < total)
    {
        await PostAsync(prefix + next);
    }
}));
var posted = clock.Elapsed - start;
await UntilAsync(() => CountInLake(prefix) >= total, TimeSpan.FromMinutes(5));
var done = clock.Elapsed - start;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{total} visits from {clients} clients: posted in {posted.TotalSeconds:0.0} s ({total / posted.TotalSeconds:0} POST/s), all in the lake after {done.TotalSeconds:0.0} s: {total / done.TotalSeconds:0} visits/s end to end"));
return 0;

async Task PostAsync(string product)
{
    var body = $$"""{"productId":"{{product}}","productName":"Bench","category":"Bench","pricePerUnit":1.5,"customerId":"c-1","customerName":"Bench","timeOfVisit":"{{DateTimeOffset.UtcNow:O}}"}""";
    using var response = await http.PostAsync("/visits", new StringContent(body, Encoding.UTF8, "application/json"));
    if ((int)response.StatusCode != 202)
    {
        throw new InvalidOperationException($"POST /visits answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}

// Lines of lake files naming products that start with the prefix; the files are small, so reading them all is fine.
int CountInLake(string productPrefix)
{
    var count = 0;
    foreach (var file in Directory.Exists(lake) ? Directory.EnumerateFiles(lake, "*.json.gz", SearchOption.AllDirectories) : [])
    {
        try
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
            while (reader.ReadLine() is { } line)
            {
                if (line.Contains($"\"productId\":\"{productPrefix}", StringComparison.Ordinal))
                {
                    count++;
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // Being written right now: counted on the next look.
        }
    }
    return count;
}

async Task UntilAsync(Func<bool> done, TimeSpan patience)
{
    var deadline = clock.Elapsed + patience;
    while (!done())
    {
        if (clock.Elapsed > deadline)
        {
            throw new TimeoutException("The visits did not all reach the lake.");
        }
        await Task.Delay(10);
    }
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
