using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Cognito;
using LiveScore.LocalCloud.Dashboard;
using LiveScore.LocalCloud.HttpApi;
using LiveScore.LocalCloud.Lambda;
using LiveScore.LocalCloud.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LiveScore.LocalCloud.Tests.WebSockets;

/// <summary>
/// The HTTP and WebSocket APIs of the local cloud on a free loopback port, in front of test functions that run through
/// the same Lambda Runtime API loop as the real ones.
/// </summary>
internal sealed class WebSocketTestCloud : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly InProcessFunctions _workers;

    private WebSocketTestCloud(WebApplication app, InProcessFunctions workers, Uri baseAddress)
    {
        _app = app;
        _workers = workers;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = RecordingFunction.Patience };
    }

    public Uri BaseAddress { get; }

    /// <summary>Where each function's Runtime API is: what only that function's environment is told.</summary>
    public required RuntimeApiSecret Secret { get; init; }

    /// <summary>The Runtime API's own listener.</summary>
    public required Uri RuntimeApi { get; init; }

    public Uri WebSocketUri => new($"ws://{BaseAddress.Authority}{WebSocketApiEndpoints.Path}");

    public HttpClient Http { get; }

    public static async Task<WebSocketTestCloud> StartAsync(IReadOnlyList<FunctionDefinition> functions, Func<string>? newConnectionId = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0;" + RuntimeApiListener.Url);
        builder.Logging.ClearProviders();
        var lambda = new LambdaService(functions, new InvocationLog(TextWriter.Null, TimeProvider.System), TimeProvider.System);
        builder.Services.AddSingleton(lambda);
        builder.Services.AddSingleton(TimeProvider.System);
        var secret = new RuntimeApiSecret();
        var listener = new RuntimeApiListener();
        var app = builder.Build();
        app.MapRuntimeApi(secret, listener);
        app.MapWebSocketApi(new WebSocketGateway(lambda, TimeProvider.System, newConnectionId));
        app.MapPageConfig(functions);
        var pool = app.MapCognito(() => LocalCloudHost.BaseAddress(app), LocalEnvironment.Region);
        app.MapHttpApi(functions, new IamAuthorizer(LocalEnvironment.Region, "local", "local", TimeProvider.System), new JwtAuthorizer(pool, TimeProvider.System));
        await app.StartAsync();

        listener.Bind(app.Services.GetRequiredService<IServer>());
        var workers = new InProcessFunctions(lambda, secret);
        workers.Start(listener.Authority);
        return new WebSocketTestCloud(app, workers, LocalCloudHost.BaseAddress(app)) { Secret = secret, RuntimeApi = new Uri("http://" + listener.Authority) };
    }

    public Uri WebSocketUriWith(string query) => new(WebSocketUri + "?" + query);

    public string ConnectionPath(string connectionId) => "/@connections/" + Uri.EscapeDataString(connectionId);

    public async ValueTask DisposeAsync()
    {
        // Stopping first stops the WebSocket API from invoking functions; the workers' long-polling GET /next
        // requests then end with the workers, which lets the server's shutdown finish.
        var stopping = _app.StopAsync();
        await _workers.DisposeAsync();
        await stopping;
        await _app.DisposeAsync();
        Http.Dispose();
    }
}
