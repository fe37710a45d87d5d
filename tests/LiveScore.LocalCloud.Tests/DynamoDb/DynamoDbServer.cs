using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using LiveScore.LocalCloud.DynamoDb;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveScore.LocalCloud.Tests.DynamoDb;

/// <summary>The engine behind a real Kestrel on a free port, with an AWS SDK client and a raw JSON client pointing at it.</summary>
public sealed class DynamoDbServer : IAsyncLifetime
{
    private WebApplication? app;

    public DynamoDbEngine Engine { get; } = new(TimeProvider.System);
    public AmazonDynamoDBClient Client { get; private set; } = null!;
    public HttpClient Http { get; } = new();
    public Uri Endpoint { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapDynamoDb(Engine);
        await app.StartAsync();
        Endpoint = new Uri(app.Urls.Single() + "/_aws/dynamodb");
        Client = new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), new AmazonDynamoDBConfig
        {
            ServiceURL = Endpoint.ToString(),
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 0,
        });
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Http.Dispose();
        if (app is not null) await app.DisposeAsync();
    }

    /// <summary>Posts a raw JSON request, as a client without an SDK (or the Streams API, whose SDK is not referenced) would.</summary>
    public async Task<(int Status, JsonObject Body)> PostAsync(string target, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = content };
        request.Headers.Add("X-Amz-Target", target);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }

    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 255)];
}

[CollectionDefinition(Name)]
public sealed class DynamoDbServerCollection : ICollectionFixture<DynamoDbServer>
{
    public const string Name = "DynamoDB server";
}
