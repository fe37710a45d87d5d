using LiveScore.LocalCloud.DynamoDb;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace LiveScore.LocalCloud.Tables;

/// <summary>
/// The local cloud's DynamoDB endpoint on its own, on a free loopback port: for contract tests of a store that should
/// not need the whole local cloud. Point <c>AmazonDynamoDBClient</c> at <see cref="Endpoint"/>.
/// </summary>
public sealed class EmbeddedDynamoDb : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmbeddedDynamoDb(WebApplication app, string endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>The endpoint URL (DynamoDB and DynamoDB Streams).</summary>
    public string Endpoint { get; }

    /// <summary>An AWS SDK client for <see cref="Endpoint"/>.</summary>
    public Amazon.DynamoDBv2.AmazonDynamoDBClient CreateClient() => LocalDynamoDbClient.For(Endpoint);

    public static async Task<EmbeddedDynamoDb> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapDynamoDb(new DynamoDbEngine(TimeProvider.System, LocalEnvironment.Region, LocalEnvironment.Account), LocalCloudHost.DynamoDbPath);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new EmbeddedDynamoDb(app, address.TrimEnd('/') + LocalCloudHost.DynamoDbPath);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
