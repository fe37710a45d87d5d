using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using LiveScore.Lambda.Aws;

// Chat through a running local cloud (samples/Chat):
// 1. sendMessage throughput: --senders clients each send a message every --interval ms for --seconds; every message
//    goes to every sender. Messages fully delivered per second, from the first send to the last receipt (one chat-send
//    process works through them, as one Lambda execution environment would). --senders 0 skips this part.
// 2. Broadcast to --connections clients: the IAM-signed POST /broadcast (the function fans out in parallel and
//    records the broadcast on each connection) against posting the same message one by one to the same @connections
//    endpoint from here, in the same run. Each is timed from the first request to the last client's receipt.
// Usage: ChatBroadcast <base URL> [--connections 10000] [--senders 50] [--interval 250] [--seconds 10]
var baseUrl = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5080");
var connections = Option("--connections", 10_000);
var senders = Option("--senders", 50);
var interval = Option("--interval", 250);
var seconds = Option("--seconds", 10);

using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(10) };
var clock = Stopwatch.StartNew();
// Arrival times of each message text, in stopwatch milliseconds, one per receiving client.
var arrivals = new ConcurrentDictionary<string, ConcurrentBag<double>>();
using var stop = new CancellationTokenSource();

// ---- 1. sendMessage throughput --------------------------------------------------------------------------------
if (senders > 0)
{
    await MeasureSendMessageAsync();
}

// ---- 2. broadcast to many ---------------------------------------------------------------------------------------
var connectStart = clock.Elapsed;
var clients = await ConnectAsync(connections);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{connections} clients connected in {(clock.Elapsed - connectStart).TotalSeconds:0.0} s"));

var broadcastStart = clock.Elapsed.TotalMilliseconds;
using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, "/broadcast"))
{
    Content = new StringContent("""{"message":"bench-broadcast"}""", Encoding.UTF8, "application/json"),
};
await new SigV4Signer("us-east-1", "execute-api", TimeProvider.System).SignAsync(request, new AwsCredentials("local", "local"), CancellationToken.None);
using var response = await http.SendAsync(request);
var answered = clock.Elapsed.TotalMilliseconds;
Console.WriteLine($"POST /broadcast: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
await UntilAsync(() => Count("bench-broadcast") >= connections, TimeSpan.FromMinutes(5));
var broadcastMs = arrivals["bench-broadcast"].Max() - broadcastStart;

var ids = (await http.GetFromJsonAsync<List<JsonElement>>("/_local/connections"))!.Select(c => c.GetProperty("connectionId").GetString()!).ToList();
var oneByOneStart = clock.Elapsed.TotalMilliseconds;
var body = Encoding.UTF8.GetBytes("""{"type":"broadcast","message":"bench-one-by-one"}""");
foreach (var id in ids)
{
    using var post = await http.PostAsync("/@connections/" + Uri.EscapeDataString(id), new ByteArrayContent(body));
    post.EnsureSuccessStatusCode();
}
await UntilAsync(() => Count("bench-one-by-one") >= connections, TimeSpan.FromMinutes(5));
var oneByOneMs = arrivals["bench-one-by-one"].Max() - oneByOneStart;

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    broadcast to {connections}: function {broadcastMs:0} ms (answered after {answered - broadcastStart:0} ms), one by one from here {oneByOneMs:0} ms ({ids.Count} posts)
    one by one / function = {oneByOneMs / broadcastMs:0.0}x
    """));
await stop.CancelAsync();
foreach (var client in clients)
{
    client.Abort();
    client.Dispose();
}
return 0;

async Task MeasureSendMessageAsync()
{
    var chatters = await ConnectAsync(senders);
    var sentTexts = new ConcurrentBag<string>();
    var sendStart = clock.Elapsed;
    await Task.WhenAll(chatters.Select(async (socket, i) =>
    {
        for (var n = 0; clock.Elapsed - sendStart < TimeSpan.FromSeconds(seconds); n++)
        {
            var due = sendStart + TimeSpan.FromMilliseconds((double)interval * n + i * (double)interval / senders);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            var text = $"m-{i}-{n}";
            sentTexts.Add(text);
            await socket.SendAsync(Encoding.UTF8.GetBytes($$"""{"action":"sendMessage","message":"{{text}}"}"""), WebSocketMessageType.Text, true, CancellationToken.None);
        }
    }));
    await UntilAsync(() => sentTexts.All(t => Count(t) >= senders), TimeSpan.FromMinutes(5),
        () => string.Join(", ", sentTexts.Where(t => Count(t) < senders).Take(5).Select(t => $"{t}: {Count(t)}/{senders}")));
    var lastArrival = sentTexts.Select(t => arrivals.TryGetValue(t, out var bag) && !bag.IsEmpty ? bag.Max() : 0).Max();
    var delivered = sentTexts.Count(t => Count(t) >= senders);
    var span = (lastArrival - sendStart.TotalMilliseconds) / 1000;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"sendMessage: {sentTexts.Count} messages from {senders} clients in {seconds} s, {delivered} reached all {senders}: {delivered / span:0.0} messages/s, {delivered * (double)senders / span:0} pushes/s"));
    await CloseAsync(chatters);
}

int Count(string text) => arrivals.TryGetValue(text, out var bag) ? bag.Count : 0;

async Task UntilAsync(Func<bool> done, TimeSpan patience, Func<string>? missing = null)
{
    var deadline = clock.Elapsed + patience;
    while (!done())
    {
        if (clock.Elapsed > deadline)
        {
            throw new TimeoutException($"The expected messages did not all arrive: {missing?.Invoke()}");
        }
        await Task.Delay(20);
    }
}

async Task<List<ClientWebSocket>> ConnectAsync(int count)
{
    var sockets = new ClientWebSocket[count];
    // A few at a time: each $connect runs the ws-connect function, as in API Gateway.
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://{baseUrl.Authority}/ws"), token);
        sockets[i] = socket;
        _ = ReadAsync(socket, stop.Token);
    });
    return [.. sockets];
}

async Task CloseAsync(List<ClientWebSocket> sockets)
{
    await Task.WhenAll(sockets.Select(s => s.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None)));
    foreach (var socket in sockets)
    {
        socket.Dispose();
    }
}

async Task ReadAsync(ClientWebSocket socket, CancellationToken token)
{
    var buffer = new byte[16 * 1024];
    try
    {
        while (!token.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.AsMemory(length), token);
                length += result.Count;
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
            var at = clock.Elapsed.TotalMilliseconds;
            using var message = JsonDocument.Parse(buffer.AsMemory(0, length));
            if (message.RootElement.TryGetProperty("message", out var text))
            {
                arrivals.GetOrAdd(text.GetString()!, _ => []).Add(at);
            }
        }
    }
    catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
    {
    }
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
