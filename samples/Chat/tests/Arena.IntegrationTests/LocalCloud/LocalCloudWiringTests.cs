using System.Net;
using System.Text.Json;
using Arena.Functions;
using LiveScore.LocalCloud.Dashboard;

namespace Arena.IntegrationTests.LocalCloud;

/// <summary>This application as the local cloud runs it: every function started, the endpoints listed, its pages served.</summary>
public sealed class LocalCloudWiringTests(LocalCloudFixture cloud) : IClassFixture<LocalCloudFixture>
{
    [Fact]
    public async Task Health_lists_every_catalog_function_ready_and_the_aws_endpoints()
    {
        using var health = JsonDocument.Parse(await cloud.Http.GetStringAsync("/_local/health"));
        var root = health.RootElement;

        Assert.Equal("ok", root.GetProperty("status").GetString());
        Assert.Equal(
            AppCatalog.Functions.Select(f => (f.Id, "ready")).Order(),
            root.GetProperty("functions").EnumerateArray().Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("state").GetString()!)).Order());
        Assert.Equal(cloud.DynamoDbEndpoint, root.GetProperty("endpoints").GetProperty("dynamodb").GetString());
        Assert.EndsWith("/_aws/sns", root.GetProperty("endpoints").GetProperty("sns").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/app/", "text/html", "dashboard.js")]
    [InlineData("/app/api-config.js", "text/javascript", "config.json")]
    [InlineData("/app/chat/", "text/html", "chat.js")]
    [InlineData("/app/broadcast/", "text/html", "broadcast.js")]
    [InlineData("/app/sigv4.js", "text/javascript", "AWS4-HMAC-SHA256")]
    public async Task Local_cloud_serves_the_pages_under_app(string path, string contentType, string expectedText)
    {
        using var response = await cloud.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expectedText, await response.Content.ReadAsStringAsync());
        Assert.Equal(PageHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
