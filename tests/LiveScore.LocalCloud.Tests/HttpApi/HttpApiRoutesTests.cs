using System.Net;
using System.Text;
using System.Text.Json;
using LiveScore.Lambda;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Tests.WebSockets;

namespace LiveScore.LocalCloud.Tests.HttpApi;

/// <summary>The local HTTP API serves exactly the catalog's routes, as API Gateway does with the deployed ones.</summary>
public sealed class HttpApiRoutesTests : IAsyncLifetime
{
    private static readonly FunctionDefinition Items = new("items-api", "Answers with the route it was invoked for.", () => new RouteEcho())
    {
        HttpRoutes = [new HttpRoute("GET", "/items/{id}"), new HttpRoute("POST", "/items"), new HttpRoute("ANY", "/items/{id}")],
    };

    private static readonly FunctionDefinition Raw = new("raw-api", "Answers with the body it was given.", () => new BodyEcho())
    {
        HttpRoutes = [new HttpRoute("POST", "/raw")],
    };

    private WebSocketTestCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await WebSocketTestCloud.StartAsync([Items, Raw]);

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Theory]
    [InlineData("GET", "/items/a-1", "GET /items/{id} /items/a-1 id=a-1")]
    [InlineData("POST", "/items", "POST /items /items ")]
    [InlineData("PUT", "/items/a-2", "ANY /items/{id} /items/a-2 id=a-2")]
    [InlineData("DELETE", "/items/a-3", "ANY /items/{id} /items/a-3 id=a-3")]
    // ANY takes every method that no route names: GET /items/{id} keeps its own route.
    public async Task Every_catalog_route_reaches_its_function_with_its_path_parameters(string method, string path, string expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("{}", Encoding.UTF8, "application/json") : null };

        using var response = await _cloud.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_path_outside_the_catalog_reaches_no_function()
    {
        using var response = await _cloud.Http.GetAsync("/no-such-route");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Text_that_is_not_valid_utf8_reaches_the_function_base64_encoded_byte_for_byte()
    {
        byte[] invalid = [(byte)'{', (byte)'"', (byte)'n', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, 0xFF, (byte)'"', (byte)'}'];
        using var content = new ByteArrayContent(invalid);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await _cloud.Http.PostAsync("/raw", content);
        using var valid = await _cloud.Http.PostAsync("/raw", new StringContent("{\"n\":\"é\"}", Encoding.UTF8, "application/json"));

        Assert.Equal("True " + Convert.ToBase64String(invalid), await response.Content.ReadAsStringAsync());
        Assert.Equal("False {\"n\":\"é\"}", await valid.Content.ReadAsStringAsync());
    }

    private sealed class BodyEcho : IFunctionHandler
    {
        public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
        {
            var request = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.HttpApiRequest)!;
            var response = new HttpApiResponse { StatusCode = 200, Body = $"{request.IsBase64Encoded} {request.Body}" };
            return Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(response, HostingJsonContext.Default.HttpApiResponse));
        }
    }

    private sealed class RouteEcho : IFunctionHandler
    {
        public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
        {
            var request = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.HttpApiRequest)!;
            var parameters = string.Join(',', (request.PathParameters ?? new Dictionary<string, string>()).Select(p => $"{p.Key}={p.Value}"));
            var response = new HttpApiResponse { StatusCode = 200, Body = $"{request.RouteKey} {request.RawPath} {parameters}" };
            return Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(response, HostingJsonContext.Default.HttpApiResponse));
        }
    }
}
