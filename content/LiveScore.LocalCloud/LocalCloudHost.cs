using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.HttpApi;
using LiveScore.LocalCloud.Lambda;
using LiveScore.LocalCloud.Sns;
using LiveScore.LocalCloud.Streams;
using LiveScore.LocalCloud.Tables;
using LiveScore.LocalCloud.Dashboard;
using LiveScore.LocalCloud.WebSockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace LiveScore.LocalCloud;

/// <summary>Builds the whole local cloud as one web application on one address.</summary>
public static class LocalCloudHost
{
    public static WebApplication Build(LocalApplication application, LocalCloudOptions options, TextWriter console)
    {
        // The pages are copied next to the executable: serve them from there whatever the working directory.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
#if DEBUG
        // While developing, the web server's own warnings (bad requests, binding failures) show up too;
        // release runs keep the console for the invocation log.
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
#endif
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new InvocationLog(console, TimeProvider.System));
        services.AddSingleton(sp => new LambdaService(application.Functions, sp.GetRequiredService<InvocationLog>(), TimeProvider.System));
        services.AddSingleton<Outbox>();
        services.AddSingleton(sp => new HandlerFactories(application.EmbeddedHandlers(sp), useDeployedAdapters: options.DynamoDbEndpoint is not null));
        services.AddSingleton<FunctionWorkers>();

        // Tables, their streams and the stream event source mappings.
        services.AddSingleton(new EmbeddedTables(application.Tables, TimeProvider.System));
        services.AddStreamMappings(application.Tables, application.Functions, options.DynamoDbEndpoint, console);

        var app = builder.Build();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapRuntimeApi();
        app.MapInvokeApi();
        app.MapSns(application.Topics.Select(t => LocalEnvironment.TopicArn(t.Name)).ToHashSet(StringComparer.Ordinal));
        app.MapHttpApi(application.Functions);
        // WebSocket API at /ws with its @connections management API; config.json tells the pages both URLs.
        app.MapWebSocketApi(new WebSocketGateway(app.Services.GetRequiredService<LambdaService>(), TimeProvider.System));
        app.MapPageConfig();
        MapInspection(app, application, options);
        app.MapDeadLetters();

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var baseAddress = BaseAddress(app);
            LocalEnvironment.Apply(LocalEnvironment.For(application.Functions, baseAddress, options.DynamoDbEndpoint));
            app.Services.GetRequiredService<FunctionWorkers>().Start(baseAddress);
        });
        // Workers long-poll /next: stop them first so the server does not wait for those requests.
        app.Lifetime.ApplicationStopping.Register(() => _ = app.Services.GetRequiredService<FunctionWorkers>().StopAsync());
        return app;
    }

    /// <summary>The address actually bound (port 0 picks a free one).</summary>
    public static Uri BaseAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    private static void MapInspection(WebApplication app, LocalApplication application, LocalCloudOptions options)
    {
        var local = app.MapGroup("/_local");
        local.MapGet("/health", (LambdaService lambda) =>
        {
            var root = BaseAddress(app).GetLeftPart(UriPartial.Authority);
            return Results.Json(new Health(
                "ok",
                options.DynamoDbEndpoint is null ? "embedded" : "dynamodb " + options.DynamoDbEndpoint,
                lambda.Functions.Select(f => f.Definition.Id).ToList(),
                root + "/",
                root.Replace("http", "ws", StringComparison.Ordinal) + "/ws",
                root + "/app/"), LocalJsonContext.Default.Health);
        });
        local.MapGet("/outbox", (Outbox outbox) => Results.Json(outbox.Snapshot(), LocalJsonContext.Default.IReadOnlyListOutboxMessage));
        local.MapGet("/invocations", (InvocationLog log) => Results.Json(log.Snapshot(), LocalJsonContext.Default.IReadOnlyListInvocationRecord));
    }
}
