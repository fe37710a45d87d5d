using System.Net;
using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Testing;
using LiveScore.LocalCloud.Tests.WebSockets;

namespace LiveScore.LocalCloud.Tests.Lambda;

/// <summary>Functions that cannot run make the start fail, naming them; the Runtime API is only for the functions.</summary>
public sealed class FunctionStartTests
{
    private static readonly FunctionDefinition Function = new("fn", "A function.", () => throw new NotSupportedException());

    [Fact]
    public async Task A_missing_functions_executable_fails_the_start_and_says_so()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "bootstrap.dll");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalCloudInstance.StartAsync(new LocalApplication([Function], [], [], missing)));

        Assert.Contains(missing + " does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_function_whose_process_exits_before_asking_for_an_event_fails_the_start_naming_it()
    {
        // An executable that exits at once with code 1, as a bootstrap does after an init error.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalCloudInstance.StartAsync(new LocalApplication([Function], [], [], "/bin/false")));

        Assert.Contains("fn: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("exited with code 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_runtime_api_of_a_function_is_served_only_under_its_own_path_on_its_own_listener()
    {
        var routes = new TestRoutes();
        await using var cloud = await WebSocketTestCloud.StartAsync(routes.Functions());
        await using var client = await TestClient.ConnectAsync(cloud.WebSocketUri);
        await routes.Connect.NextAsync();

        using var next = await cloud.Http.GetAsync("/_runtime/test-echo/2018-06-01/runtime/invocation/next");
        // The function's own path, sent to the public port instead of the Runtime API's listener.
        using var publicPort = await cloud.Http.PostAsync(cloud.Secret.Prefix("test-echo") + "/2018-06-01/runtime/init/error", new StringContent("{}"));
        using var guessed = await cloud.Http.PostAsync("/_runtime/0123456789abcdef0123456789abcdef/test-echo/2018-06-01/runtime/init/error", new StringContent("{}"));
        // Another function's path, as that function's process knows it, with this function's id.
        var othersToken = cloud.Secret.Prefix("test-connect").Split('/')[2];
        using var borrowed = await cloud.Http.PostAsync($"/_runtime/{othersToken}/test-echo/2018-06-01/runtime/init/error", new StringContent("{}"));
        await client.SendAsync("""{"action":"echo","n":1}""");

        Assert.NotEqual(cloud.BaseAddress.Port, cloud.RuntimeApi.Port);
        Assert.Equal(HttpStatusCode.NotFound, publicPort.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, next.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, borrowed.StatusCode);
        Assert.Equal("""{"action":"echo","n":1}""", await client.ReceiveAsync());
    }
}
