using Amazon.Runtime;
using Amazon.SQS;
using LiveScore.LocalCloud.Sqs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace LiveScore.LocalCloud.Tests.Sqs;

/// <summary>The engine on a fake clock behind a real Kestrel on a free port, with an AWS SDK client pointing at it.</summary>
public sealed class SqsServer : IAsyncLifetime
{
    private WebApplication? app;

    public FakeTimeProvider Clock { get; } = new();
    public SqsEngine Engine { get; }
    public AmazonSQSClient Client { get; private set; } = null!;
    public string Endpoint { get; private set; } = null!;

    public SqsServer() => Engine = new SqsEngine(Clock);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapSqs(Engine);
        await app.StartAsync();
        Endpoint = app.Urls.Single() + "/_aws/sqs";
        Client = new AmazonSQSClient(new BasicAWSCredentials("local", "local"), new AmazonSQSConfig
        {
            ServiceURL = Endpoint,
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 0,
        });
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null) await app.DisposeAsync();
    }

    /// <summary>Creates a queue with a fresh name and returns its URL.</summary>
    public async Task<string> CreateQueueAsync(Dictionary<string, string>? attributes = null)
    {
        var response = await Client.CreateQueueAsync(new Amazon.SQS.Model.CreateQueueRequest
        {
            QueueName = $"q-{Guid.NewGuid():N}",
            Attributes = attributes,
        });
        return response.QueueUrl;
    }
}

[CollectionDefinition(Name)]
public sealed class SqsServerCollection : ICollectionFixture<SqsServer>
{
    public const string Name = "SQS server";
}
