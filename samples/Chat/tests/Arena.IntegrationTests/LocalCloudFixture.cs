using Amazon.DynamoDBv2;
using Arena.Local;
using LiveScore.LocalCloud.Testing;

// Local clouds on DynamoDB Local share its tables (and so their streams): one cloud at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Arena.IntegrationTests;

/// <summary>
/// This application's local cloud on a free loopback port, with embedded tables, running the functions built beside
/// these tests in processes of their own; one per test class.
/// </summary>
public class LocalCloudFixture : IAsyncLifetime
{
    private readonly string? _dynamoDbEndpoint;
    private LocalCloudInstance? _cloud;

    public LocalCloudFixture()
        : this(null)
    {
    }

    protected LocalCloudFixture(string? dynamoDbEndpoint) => _dynamoDbEndpoint = dynamoDbEndpoint;

    private LocalCloudInstance Cloud => _cloud ?? throw new InvalidOperationException("The local cloud of this fixture was not started.");

    public Uri BaseAddress => Cloud.BaseAddress;

    public HttpClient Http => Cloud.Http;

    /// <summary>Signs every request with the local credentials, as a game server does: for routes with IAM authorization.</summary>
    public HttpClient SignedHttp => Cloud.SignedHttp;

    /// <summary>An access token of the customer <paramref name="email"/> (signed up when new), for a WebSocket connection's <c>?token=</c>.</summary>
    public Task<string> AccessTokenAsync(string email) => LocalCustomers.AccessTokenAsync(Http, email);

    public string DynamoDbEndpoint => Cloud.DynamoDbEndpoint;

    /// <summary>What the cloud and the functions printed so far: worth showing when a test fails.</summary>
    public string Console => Cloud.Console;

    public AmazonDynamoDBClient CreateDynamoDbClient() => Cloud.CreateDynamoDbClient();

    public virtual async Task InitializeAsync()
    {
        _cloud = await LocalCloudInstance.StartAsync(LocalApp.Application, _dynamoDbEndpoint);
    }

    public async Task DisposeAsync()
    {
        if (_cloud is not null)
        {
            await _cloud.DisposeAsync();
        }
    }
}
