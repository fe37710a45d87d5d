using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using LiveScore.LocalCloud.Testing;

// Live update latency through a running local cloud: PUT /players/{id} response received → the change's WebSocket
// message received, for every subscriber.
// Usage: LiveUpdate <base URL> [--subscribers 50] [--rate 100] [--seconds 10] [--warmup 3]
var baseUrl = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5080");
var subscribers = Option("--subscribers", 50);
var rate = Option("--rate", 100);
var seconds = Option("--seconds", 10);
// Updates sent before measuring, so that start-up work (JIT tiering, connection pools) is not counted as latency.
var warmup = Option("--warmup", 3);

// Signed with the local cloud's credentials, as a game server signs with its own: player writes have IAM authorization.
using var http = new HttpClient(new LocalSigningHandler()) { BaseAddress = baseUrl };
var clock = Stopwatch.StartNew();
// Arrival time of each (player, version) at each subscriber, in stopwatch milliseconds.
var arrivals = new ConcurrentDictionary<(string Player, long Version), ConcurrentBag<double>>();
var sockets = new List<ClientWebSocket>();
var readers = new List<Task>();
using var stop = new CancellationTokenSource();
for (var i = 0; i < subscribers; i++)
{
    var socket = new ClientWebSocket();
    await socket.ConnectAsync(new Uri($"ws://{baseUrl.Authority}/ws"), CancellationToken.None);
    sockets.Add(socket);
    readers.Add(ReadAsync(socket, stop.Token));
}

var players = Enumerable.Range(0, 20).Select(i => $"bench-{i}").ToArray();
var sent = new ConcurrentDictionary<(string Player, long Version), double>();
var interval = TimeSpan.FromSeconds(1.0 / rate);
var warmupUpdates = rate * warmup;
var total = warmupUpdates + rate * seconds;
var inFlight = new List<Task>();
var start = clock.Elapsed;
for (var n = 0; n < total; n++)
{
    var due = start + interval * n;
    var wait = due - clock.Elapsed;
    if (wait > TimeSpan.Zero)
    {
        await Task.Delay(wait);
    }
    var player = players[n % players.Length];
    inFlight.Add(PutAsync(player, n, measured: n >= warmupUpdates));
}
await Task.WhenAll(inFlight);
var expected = sent.Count * subscribers;
var deadline = clock.Elapsed + TimeSpan.FromSeconds(10);
while (Received() < expected && clock.Elapsed < deadline)
{
    await Task.Delay(50);
}
await stop.CancelAsync();

var latencies = sent.SelectMany(s => arrivals.TryGetValue(s.Key, out var bag) ? bag.Select(t => t - s.Value) : []).Order().ToList();
var received = latencies.Count;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"updates {sent.Count} at {rate}/s, subscribers {subscribers}, messages {received}/{expected}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"PUT response → WebSocket message: p50 {Percentile(0.50):0.0} ms, p90 {Percentile(0.90):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {latencies[^1]:0.0} ms"));
foreach (var missing in sent.Keys.Where(k => !arrivals.TryGetValue(k, out var bag) || bag.Count < subscribers).Take(5))
{
    Console.WriteLine($"missing: {missing.Player} version {missing.Version} ({(arrivals.TryGetValue(missing, out var got) ? got.Count : 0)}/{subscribers} subscribers)");
}
foreach (var socket in sockets)
{
    socket.Abort();
    socket.Dispose();
}
return received == expected ? 0 : 1;

// Only the measured updates count: warm-up messages are still arriving too.
int Received() => sent.Keys.Sum(k => arrivals.TryGetValue(k, out var bag) ? bag.Count : 0);

double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];

async Task PutAsync(string player, int n, bool measured)
{
    using var response = await http.PutAsync($"/players/{player}",
        new StringContent($$"""{"name":"Bench","score":{{n}}}""", Encoding.UTF8, "application/json"));
    var at = clock.Elapsed.TotalMilliseconds;
    response.EnsureSuccessStatusCode();
    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    if (measured)
    {
        sent[(player, body.RootElement.GetProperty("version").GetInt64())] = at;
    }
}

async Task ReadAsync(ClientWebSocket socket, CancellationToken token)
{
    var buffer = new byte[64 * 1024];
    try
    {
        while (!token.IsCancellationRequested)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.AsMemory(length), token);
                length += result.Count;
            }
            while (!result.EndOfMessage);
            var at = clock.Elapsed.TotalMilliseconds;
            using var message = JsonDocument.Parse(buffer.AsMemory(0, length));
            if (message.RootElement.TryGetProperty("player", out var player) && player.ValueKind == JsonValueKind.Object)
            {
                arrivals.GetOrAdd((player.GetProperty("playerId").GetString()!, player.GetProperty("version").GetInt64()), _ => []).Add(at);
            }
        }
    }
    catch (OperationCanceledException)
    {
    }
    catch (WebSocketException)
    {
    }
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
