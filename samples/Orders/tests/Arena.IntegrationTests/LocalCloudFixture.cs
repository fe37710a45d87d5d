using Arena.Local;
using LiveScore.LocalCloud;
using LiveScore.LocalCloud.Tables;
using Amazon.DynamoDBv2;
using Microsoft.AspNetCore.Builder;

// Local clouds on DynamoDB Local share its tables (and so their streams): one cloud at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Arena.IntegrationTests;

/// <summary>
/// The whole local cloud on a free loopback port, with embedded tables, running the functions built beside these tests
/// in processes of their own; one per test class.
/// </summary>
public class LocalCloudFixture : IAsyncLifetime
{
    private readonly string? _dynamoDbEndpoint;
    private readonly StringWriter _printed = new();
    private readonly TextWriter _console;
    private WebApplication? _app;
    private HttpClient? _http;

    public LocalCloudFixture()
        : this(null)
    {
    }

    protected LocalCloudFixture(string? dynamoDbEndpoint)
    {
        _dynamoDbEndpoint = dynamoDbEndpoint;
        _console = TextWriter.Synchronized(_printed);
    }

    public Uri BaseAddress => _http?.BaseAddress ?? throw NotStarted();

    /// <summary>A client with <see cref="BaseAddress"/> set.</summary>
    public HttpClient Http => _http ?? throw NotStarted();

    /// <summary>The DynamoDB endpoint the functions use: the embedded one, or DynamoDB Local.</summary>
    public string DynamoDbEndpoint => _dynamoDbEndpoint ?? BaseAddress.GetLeftPart(UriPartial.Authority) + LocalCloudHost.DynamoDbPath;

    /// <summary>A client for <see cref="DynamoDbEndpoint"/>, signing as the functions do.</summary>
    public AmazonDynamoDBClient CreateDynamoDbClient() => LocalDynamoDbClient.For(DynamoDbEndpoint);

    /// <summary>What the cloud printed so far (invocations, set-aside records): worth showing when a test fails.</summary>
    public string Console
    {
        get
        {
            // The synchronized writer locks on itself for every write.
            lock (_console)
            {
                return _printed.ToString();
            }
        }
    }

    public virtual async Task InitializeAsync()
    {
        _app = LocalCloudHost.Build(LocalApp.Application, new LocalCloudOptions("http://127.0.0.1:0", _dynamoDbEndpoint), _console);
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = LocalCloudHost.BaseAddress(_app), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static InvalidOperationException NotStarted() => new("The local cloud of this fixture was not started.");
}
