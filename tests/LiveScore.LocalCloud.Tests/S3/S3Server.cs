using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using Amazon.Runtime;
using Amazon.S3;
using LiveScore.LocalCloud.S3;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveScore.LocalCloud.Tests.S3;

/// <summary>The storage in a temporary folder behind a real Kestrel on a free port, an AWS SDK client pointing at it,
/// and every call the observer was told of.</summary>
public sealed class S3Server : IAsyncLifetime
{
    private WebApplication? app;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "local-s3-" + Guid.NewGuid().ToString("N"));
    public S3Storage Storage { get; private set; } = null!;
    public ConcurrentQueue<S3ApiCall> Calls { get; } = new();
    public AmazonS3Client Client { get; private set; } = null!;
    public HttpClient Http { get; } = new();
    public string Endpoint { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Storage = new S3Storage(Root);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapS3(Storage, observer: Calls.Enqueue);
        await app.StartAsync();
        Endpoint = app.Urls.Single() + "/_aws/s3";
        Client = new AmazonS3Client(new BasicAWSCredentials("local", "local"), new AmazonS3Config
        {
            ServiceURL = Endpoint,
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 0,
        });
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Http.Dispose();
        if (app is not null) await app.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }

    /// <summary>
    /// Sends a request target byte for byte, as HttpClient would not: it resolves dot segments, even percent-encoded ones,
    /// before sending. Returns the status code and the body.
    /// </summary>
    public async Task<(int Status, string Body)> SendRawAsync(string method, string target, string body)
    {
        var address = new Uri(Endpoint);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        var bytes = Encoding.UTF8.GetBytes(body);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"{method} {target} HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n"));
        await stream.WriteAsync(bytes);
        var response = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1]);
        return (status, response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
    }

    public async Task<string> CreateBucketAsync()
    {
        var bucket = $"b-{Guid.NewGuid():N}";
        await Client.PutBucketAsync(bucket);
        return bucket;
    }
}

[CollectionDefinition(Name)]
public sealed class S3ServerCollection : ICollectionFixture<S3Server>
{
    public const string Name = "S3 server";
}
