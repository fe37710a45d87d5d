using System.Diagnostics;
using Arena.Local;
using LiveScore.LocalCloud;

// The whole solution on one machine: HTTP and WebSocket APIs, functions, tables, streams and SNS.
var started = Stopwatch.GetTimestamp();
LocalCloudOptions options;
try
{
    options = LocalCloudOptions.Parse(args, Environment.GetEnvironmentVariable);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

await using var app = LocalCloudHost.Build(LocalFeatures.Application, options, Console.Out);
await app.StartAsync();
var root = LocalCloudHost.BaseAddress(app).GetLeftPart(UriPartial.Authority);
Console.WriteLine($"""
    Local cloud ready in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s ({(options.DynamoDbEndpoint is null ? "embedded tables" : "DynamoDB at " + options.DynamoDbEndpoint)})
      Dashboard  {root}/app/
      HTTP API   {root}/
      WebSocket  {root.Replace("http", "ws", StringComparison.Ordinal)}/ws
      Inspect    {root}/_local/health, /_local/outbox, /_local/invocations, /_local/connections, /_local/dead-letters
    Press Ctrl+C to stop.
    """);
await app.WaitForShutdownAsync();
return 0;
