using Amazon.DynamoDBv2;
using LiveScore.LocalCloud.Tables;

namespace LiveScore.LocalCloud.Testing;

/// <summary>
/// The local cloud of an application running on a free loopback port, for end-to-end tests: started with every
/// function ready, stopped (processes and all) on dispose.
/// </summary>
public sealed class LocalCloudInstance : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly StringWriter _printed;
    private readonly TextWriter _console;

    private readonly string _data;

    private LocalCloudInstance(WebApplication app, StringWriter printed, TextWriter console, string? dynamoDbEndpoint, string data)
    {
        _app = app;
        _data = data;
        _printed = printed;
        _console = console;
        BaseAddress = LocalCloudHost.BaseAddress(app);
        DynamoDbEndpoint = dynamoDbEndpoint ?? BaseAddress.GetLeftPart(UriPartial.Authority) + LocalCloudHost.DynamoDbPath;
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        SignedHttp = new HttpClient(new LocalSigningHandler()) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    /// <summary>The DynamoDB endpoint the functions use: the embedded one, or the one the cloud was started with.</summary>
    public string DynamoDbEndpoint { get; }

    /// <summary>A client with <see cref="BaseAddress"/> set.</summary>
    public HttpClient Http { get; }

    /// <summary>A client that signs every request with the local credentials (<see cref="LocalSigningHandler"/>), for IAM-authorized routes.</summary>
    public HttpClient SignedHttp { get; }

    /// <summary>
    /// A client signed in to the local user pool as the customer <paramref name="email"/> (signed up when new), for
    /// routes with customer authorization; the caller disposes it.
    /// </summary>
    public Task<HttpClient> CustomerHttpAsync(string email) => LocalCustomers.HttpAsync(BaseAddress, email);

    /// <summary>What the cloud and its functions printed so far: worth showing when a test fails.</summary>
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

    /// <param name="dynamoDbEndpoint">DynamoDB Local's endpoint, or null for the embedded one.</param>
    public static async Task<LocalCloudInstance> StartAsync(LocalApplication application, string? dynamoDbEndpoint = null)
    {
        var printed = new StringWriter();
        var console = TextWriter.Synchronized(printed);
        // A data folder of its own, so that instances never share S3 buckets and nothing is left behind.
        var data = Directory.CreateTempSubdirectory("livescore-localcloud-").FullName;
        var app = LocalCloudHost.Build(application, new LocalCloudOptions("http://127.0.0.1:0", dynamoDbEndpoint, data), console);
        try
        {
            await app.StartAsync();
        }
        catch (Exception e)
        {
            await app.DisposeAsync();
            Directory.Delete(data, recursive: true);
            throw new InvalidOperationException($"The local cloud did not start: {e.Message}\n{printed}", e);
        }
        return new LocalCloudInstance(app, printed, console, dynamoDbEndpoint, data);
    }

    /// <summary>A client for <see cref="DynamoDbEndpoint"/>, signing as the functions do.</summary>
    public AmazonDynamoDBClient CreateDynamoDbClient() => LocalDynamoDbClient.For(DynamoDbEndpoint);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        SignedHttp.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}
