using System.Net;
using System.Text.Json;
using LiveScore._1.Local;
using LiveScore.LocalCloud;

namespace LiveScore._1.IntegrationTests.LocalCloud;

/// <summary>The WebSocket pieces as the local cloud composes them.</summary>
public sealed class LocalCloudWiringTests
{
    [Fact]
    public async Task Local_cloud_serves_the_management_api_the_connection_list_and_the_page_config()
    {
        await using var app = LocalCloudHost.Build(LocalFeatures.Application, new LocalCloudOptions("http://127.0.0.1:0", null), TextWriter.Null);
        await app.StartAsync();
        var root = LocalCloudHost.BaseAddress(app);
        using var http = new HttpClient { BaseAddress = root };

        using var gone = await http.PostAsync("/@connections/" + Uri.EscapeDataString("EnQ4AeRWjoECJxQ="), new StringContent("{}"));
        var connections = await http.GetStringAsync("/_local/connections");
        using var config = JsonDocument.Parse(await http.GetStringAsync("/app/config.json"));

        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("[]", connections);
        Assert.Equal($"ws://{root.Authority}/ws", config.RootElement.GetProperty("webSocketUrl").GetString());
        await app.StopAsync();
    }

    [Theory]
    [InlineData("/app/", "text/html", "dashboard.js")]
    [InlineData("/app/api-config.js", "text/javascript", "config.json")]
#if (score)
    [InlineData("/app/score/", "text/html", "scoreboard.js")]
    [InlineData("/app/score/scoreboard.js", "text/javascript", "../api-config.js")]
#endif
    public async Task Local_cloud_serves_the_pages_under_app(string path, string contentType, string expectedText)
    {
        await using var app = LocalCloudHost.Build(LocalFeatures.Application, new LocalCloudOptions("http://127.0.0.1:0", null), TextWriter.Null);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = LocalCloudHost.BaseAddress(app) };

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expectedText, await response.Content.ReadAsStringAsync());
        await app.StopAsync();
    }
}
