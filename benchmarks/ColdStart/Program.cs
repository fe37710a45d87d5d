using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

// Cold start of a Lambda bootstrap executable: process start → first response posted to the Runtime API.
// Usage: ColdStart <label>=<path to bootstrap> [<label>=<path> ...] [--runs N]
var runs = 21;
var targets = new List<(string Label, string Path)>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--runs")
    {
        runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
        continue;
    }
    var parts = args[i].Split('=', 2);
    if (parts.Length != 2 || !File.Exists(parts[1]))
    {
        Console.Error.WriteLine($"Expected label=path-to-bootstrap, got '{args[i]}'.");
        return 2;
    }
    targets.Add((parts[0], parts[1]));
}

// An invalid score (the API answers 400 without calling DynamoDB): the measure covers start-up, handler
// creation, event parsing, validation and the response, and nothing that needs AWS.
const string Event = """
    {"version":"2.0","routeKey":"POST /players","rawPath":"/players","rawQueryString":"","headers":{"content-type":"application/json"},
     "requestContext":{"http":{"method":"POST","path":"/players"},"requestId":"bench","routeKey":"POST /players","stage":"$default"},
     "body":"{\"playerId\":\"p1\",\"name\":\"Ada\",\"score\":-1}","isBase64Encoded":false}
    """;

Console.WriteLine($"{"build",-8} {"median ms",10} {"p10 ms",8} {"p90 ms",8} {"size MB",8}");
var medians = new Dictionary<string, double>();
foreach (var (label, path) in targets)
{
    var samples = new List<double>();
    for (var run = 0; run < runs; run++)
    {
        samples.Add(await MeasureAsync(path));
    }
    samples.Sort();
    medians[label] = samples[samples.Count / 2];
    var size = new FileInfo(path).Length / 1024.0 / 1024.0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label,-8} {samples[samples.Count / 2],10:0.0} {samples[samples.Count / 10],8:0.0} {samples[samples.Count * 9 / 10],8:0.0} {size,8:0.0}"));
}
if (medians.Count == 2)
{
    var (first, second) = (medians.First(), medians.Last());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{first.Key} / {second.Key} = {first.Value / second.Value:0.000}"));
}
return 0;

static async Task<double> MeasureAsync(string bootstrap)
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    var port = ((IPEndPoint)listener.LocalEndpoint).Port;
    var start = new ProcessStartInfo(bootstrap) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    start.Environment["AWS_LAMBDA_RUNTIME_API"] = $"127.0.0.1:{port}";
    start.Environment["_HANDLER"] = "score-api";
    start.Environment["PLAYERS_TABLE"] = "Players";
    start.Environment["AWS_REGION"] = "us-east-1";
    start.Environment["AWS_ACCESS_KEY_ID"] = "bench";
    start.Environment["AWS_SECRET_ACCESS_KEY"] = "bench";
    var clock = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, _) => { };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    try
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            using var client = await listener.AcceptTcpClientAsync(timeout.Token);
            await using var stream = client.GetStream();
            var (requestLine, _) = await ReadRequestAsync(stream, timeout.Token);
            if (requestLine.StartsWith("GET ", StringComparison.Ordinal) && requestLine.Contains("/invocation/next", StringComparison.Ordinal))
            {
                var body = Encoding.UTF8.GetBytes(Event);
                var deadline = DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeMilliseconds();
                var head = $"HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: bench-1\r\nLambda-Runtime-Deadline-Ms: {deadline}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head).Concat(body).ToArray(), timeout.Token);
            }
            else if (requestLine.Contains("/response", StringComparison.Ordinal) || requestLine.Contains("/error", StringComparison.Ordinal))
            {
                var elapsed = clock.Elapsed.TotalMilliseconds;
                await stream.WriteAsync("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), timeout.Token);
                if (!requestLine.Contains("/response", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"{bootstrap} reported an error instead of a response: {requestLine}");
                }
                return elapsed;
            }
        }
    }
    finally
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }
}

static async Task<(string RequestLine, byte[] Body)> ReadRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
{
    var buffer = new List<byte>();
    var one = new byte[1];
    while (!EndsWithBlankLine(buffer) && await stream.ReadAsync(one, cancellationToken) == 1)
    {
        buffer.Add(one[0]);
    }
    var head = Encoding.ASCII.GetString(buffer.ToArray());
    var length = head.Split("\r\n").Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
        .Select(p => int.Parse(p[1].Trim(), CultureInfo.InvariantCulture)).FirstOrDefault();
    var body = new byte[length];
    await stream.ReadExactlyAsync(body, cancellationToken);
    return (head.Split("\r\n")[0], body);
}

static bool EndsWithBlankLine(List<byte> buffer) =>
    buffer.Count >= 4 && buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n';
