using System.Diagnostics;
using LiveScore.LocalCloud.Cognito;
using LiveScore.LocalCloud.HttpApi;
using LiveScore.LocalCloud.Lambda;
using LiveScore.LocalCloud.Sns;
using LiveScore.LocalCloud.Streams;
using LiveScore.LocalCloud.DynamoDb;
using LiveScore.LocalCloud.EventBridge;
using LiveScore.LocalCloud.Faults;
using LiveScore.LocalCloud.Redrive;
using LiveScore.LocalCloud.S3;
using LiveScore.LocalCloud.Queues;
using LiveScore.LocalCloud.Sqs;
using LiveScore.LocalCloud.Dashboard;
using LiveScore.LocalCloud.WebSockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace LiveScore.LocalCloud;

/// <summary>Builds the whole local cloud as one web application on one address.</summary>
public static class LocalCloudHost
{
    /// <summary>Where the embedded DynamoDB (and DynamoDB Streams) endpoint answers.</summary>
    public const string DynamoDbPath = "/_aws/dynamodb";

    /// <summary>Where SQS (JSON protocol) answers.</summary>
    public const string SqsPath = "/_aws/sqs";

    /// <summary>Where S3 (REST, path-style addressing) answers; its objects are files under the data directory.</summary>
    public const string S3Path = "/_aws/s3";

    public static WebApplication Build(LocalApplication application, LocalCloudOptions options, TextWriter console)
    {
        // The pages are copied next to the executable: serve them from there whatever the working directory.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // The public URLs first (BaseAddress is the first address), then the Runtime API's own loopback listener.
        builder.WebHost.UseUrls(options.Urls + ";" + RuntimeApiListener.Url);
        builder.Logging.ClearProviders();
#if DEBUG
        // While developing, the web server's own warnings (bad requests, binding failures) show up too;
        // release runs keep the console for the invocation log.
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
#endif
        var services = builder.Services;
        var secret = new RuntimeApiSecret();
        var runtimeListener = new RuntimeApiListener();
        var engine = new DynamoDbEngine(TimeProvider.System, LocalEnvironment.Region, LocalEnvironment.Account);
        var sqs = new SqsEngine(TimeProvider.System, LocalEnvironment.Region, LocalEnvironment.Account);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(application);
        services.AddSingleton(options);
        services.AddSingleton(console);
        services.AddSingleton(secret);
        services.AddSingleton(runtimeListener);
        services.AddSingleton(engine);
        services.AddSingleton(new InvocationLog(console, TimeProvider.System));
        services.AddSingleton(sp => new LambdaService(application.Functions, sp.GetRequiredService<InvocationLog>(), TimeProvider.System));
        services.AddSingleton<Outbox>();
        services.AddSingleton(new LocalFaults(TimeProvider.System));
        var deadLetters = new DeadLetters(TimeProvider.System, sqs);
        deadLetters.CreateQueues(application.Functions.Where(f => f.Stream is not null).Select(f => f.Id));
        services.AddSingleton(deadLetters);
        services.AddSingleton(sp => new StreamMappings(
            application.Functions, sp.GetRequiredService<LambdaService>(), sp.GetRequiredService<DeadLetters>(), console, TimeProvider.System));
        services.AddSingleton(sp => new QueueMappings(
            application, sqs, sp.GetRequiredService<LambdaService>(), LocalEnvironment.Region, console, TimeProvider.System));
        var trail = new AuditTrail();
        services.AddSingleton(trail);
        services.AddSingleton(sp => new EventRules(application, sp.GetRequiredService<LambdaService>(), trail, TimeProvider.System));
        services.AddSingleton(sp => new FunctionProcesses(sp.GetRequiredService<LambdaService>(), application.FunctionsExecutable, console));
        services.AddHostedService<LocalCloudStartup>();

        var app = builder.Build();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = file => PageHeaders.Apply(file.Context.Response.Headers) });
        app.MapRuntimeApi(secret, runtimeListener);
        app.MapInvokeApi();
        app.MapDynamoDb(engine, DynamoDbPath);
        app.MapSqs(sqs, SqsPath);
        var s3 = new S3Storage(S3Folder(options), TimeProvider.System);
        foreach (var bucket in application.Buckets.Where(b => !s3.BucketExists(b.LocalName)))
        {
            // Kept between runs, like the objects in it: the data folder is the learner's to open.
            s3.CreateBucket(bucket.LocalName);
        }
        var rules = app.Services.GetRequiredService<EventRules>();
        app.MapS3(s3, S3Path, call => rules.Put(S3CloudTrail.From(call, LocalEnvironment.Region, LocalEnvironment.Account)));
        app.MapLake(s3, application.Buckets);
        app.MapSns(application.Topics.Select(t => LocalEnvironment.TopicArn(t.Name)).ToHashSet(StringComparer.Ordinal));
        var (region, accessKeyId, secretAccessKey) = LocalEnvironment.Identity(Environment.GetEnvironmentVariable);
        var pool = app.MapCognito(() => BaseAddress(app), region);
        app.MapHttpApi(application.Functions, new IamAuthorizer(region, accessKeyId, secretAccessKey, TimeProvider.System), new JwtAuthorizer(pool, TimeProvider.System));
        // WebSocket API at /ws with its @connections management API; config.json tells the pages both URLs.
        app.MapWebSocketApi(new WebSocketGateway(app.Services.GetRequiredService<LambdaService>(), TimeProvider.System), options.ConnectionsLatency);
        app.MapPageConfig(application.Functions);
        MapInspection(app, options);
        app.MapDeadLetters();
        app.MapFaults();
        return app;
    }

    /// <summary>
    /// Runs the local cloud for <paramref name="application"/> with the command line <paramref name="args"/> until
    /// Ctrl+C: what a host's Program.cs calls. Returns the process exit code (2 for a bad command line, 1 when the
    /// application cannot start).
    /// </summary>
    public static async Task<int> RunAsync(LocalApplication application, string[] args)
    {
        if (args is ["redrive", .. var redriveArgs])
        {
            return await RedriveCommand.RunAsync(application, redriveArgs, Console.Out, Console.Error);
        }
        var started = Stopwatch.GetTimestamp();
        LocalCloudOptions options;
        try
        {
            options = LocalCloudOptions.Parse(args, Environment.GetEnvironmentVariable);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        await using var app = Build(application, options, Console.Out);
        try
        {
            await app.StartAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A port in use, a function that cannot start, an endpoint that does not answer: said in one message.
            await Console.Error.WriteLineAsync($"The local cloud did not start: {e.Message}");
            return 1;
        }
        var root = BaseAddress(app).GetLeftPart(UriPartial.Authority);
        Console.WriteLine($"""
            Local cloud ready in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s ({(options.DynamoDbEndpoint is null ? "embedded tables" : "DynamoDB at " + options.DynamoDbEndpoint)})
              Dashboard  {root}/app/
              HTTP API   {root}/
              WebSocket  {root.Replace("http", "ws", StringComparison.Ordinal)}{WebSocketApiEndpoints.Path}
              DynamoDB   {options.DynamoDbEndpoint ?? root + DynamoDbPath}   (aws dynamodb --endpoint-url ...)
              SQS, S3    {root}{SqsPath}, {root}{S3Path} (path-style; objects under {S3Folder(options)})
              Cognito    {root}{CognitoEndpoints.Path} (user pool {LocalEnvironment.UserPoolId(LocalEnvironment.Identity(Environment.GetEnvironmentVariable).Region)}, client {LocalEnvironment.UserPoolClientId}; sign-ups are confirmed at once)
              Inspect    {root}/_local/health, /_local/outbox, /_local/invocations, /_local/connections, /_local/dead-letters, /_local/lake, /_local/audit, /_local/faults
            Press Ctrl+C to stop.
            """);
        await app.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>The folder that holds the local S3 buckets, one sub-folder each.</summary>
    public static string S3Folder(LocalCloudOptions options) => Path.GetFullPath(Path.Combine(options.DataDirectory, "s3"));

    /// <summary>The address actually bound (port 0 picks a free one).</summary>
    public static Uri BaseAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    private static void MapInspection(WebApplication app, LocalCloudOptions options)
    {
        var local = app.MapGroup("/_local");
        local.MapGet("/health", (LambdaService lambda) =>
        {
            var root = BaseAddress(app).GetLeftPart(UriPartial.Authority);
            var dynamoDb = options.DynamoDbEndpoint ?? root + DynamoDbPath;
            var functions = lambda.Functions
                .Select(f => new FunctionHealth(f.Definition.Id, f.State, f.InitError is { } error ? System.Text.Encoding.UTF8.GetString(error.Payload) : null))
                .ToList();
            return Results.Json(new Health(
                functions.All(f => f.State == "ready") ? "ok" : functions.Any(f => f.State == "failed") ? "failed" : "starting",
                options.DynamoDbEndpoint is null ? "embedded" : "dynamodb " + options.DynamoDbEndpoint,
                new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["apigateway"] = root + "/",
                    ["apigatewaymanagementapi"] = root,
                    ["cognito_identity_provider"] = root + CognitoEndpoints.Path,
                    ["dynamodb"] = dynamoDb,
                    ["dynamodbstreams"] = dynamoDb,
                    ["lambda"] = root,
                    ["s3"] = root + S3Path,
                    ["sns"] = root + SnsEndpoints.Path,
                    ["sqs"] = root + SqsPath,
                },
                functions,
                root + "/",
                root.Replace("http", "ws", StringComparison.Ordinal) + WebSocketApiEndpoints.Path,
                root + "/app/"), LocalJsonContext.Default.Health);
        });
        local.MapGet("/outbox", (Outbox outbox) => Results.Json(outbox.Snapshot(), LocalJsonContext.Default.IReadOnlyListOutboxMessage));
        local.MapGet("/audit", (AuditTrail trail) => Results.Json(trail.Snapshot(), LocalJsonContext.Default.IReadOnlyListAuditEntry));
        local.MapGet("/invocations", (InvocationLog log) => Results.Json(log.Snapshot(), LocalJsonContext.Default.IReadOnlyListInvocationRecord));
    }
}
