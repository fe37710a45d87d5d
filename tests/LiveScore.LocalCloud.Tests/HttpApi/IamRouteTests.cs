using System.Net;
using System.Text;
using System.Text.Json;
using LiveScore.Lambda;
using LiveScore.Lambda.Aws;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Tests.WebSockets;
using Microsoft.Extensions.Time.Testing;

namespace LiveScore.LocalCloud.Tests.HttpApi;

/// <summary>A route with IAM authorization runs its function only for requests signed with the local credentials.</summary>
public sealed class IamRouteTests : IAsyncLifetime
{
    private static int s_invocations;

    private static readonly FunctionDefinition Admin = new("admin-api", "Counts its invocations.", () => new Counter())
    {
        HttpRoutes = [new HttpRoute("POST", "/admin") { Authorization = RouteAuthorization.Iam }, new HttpRoute("GET", "/open")],
    };

    private WebSocketTestCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await WebSocketTestCloud.StartAsync([Admin]);

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task A_request_signed_with_the_local_credentials_reaches_the_function()
    {
        using var response = await SendAsync(Signer(), Local, """{"message":"hi"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"message":"hi"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Curl_signing_with_aws_sigv4_is_accepted_as_a_second_independent_client()
    {
        // The command a generated README gives for IAM routes: curl signs with its own SigV4 implementation.
        var url = new Uri(_cloud.BaseAddress, "/admin");
        using var curl = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("curl",
            ["-sS", "--aws-sigv4", $"aws:amz:{LocalEnvironment.Region}:execute-api", "--user", "local:local",
             "-H", "content-type: application/json", "--data", """{"message":"from curl"}""", "-w", "\n%{http_code}", url.ToString()])
        {
            RedirectStandardOutput = true,
        })!;
        var output = await curl.StandardOutput.ReadToEndAsync();
        await curl.WaitForExitAsync();

        Assert.True(output == """{"message":"from curl"}""" + "\n200", output);
    }

    [Fact]
    public async Task An_open_route_next_to_it_needs_no_signature()
    {
        using var response = await _cloud.Http.GetAsync("/open");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> Forgeries => ["unsigned", "wrong secret", "wrong key", "tampered body", "expired", "wrong service"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Anything_else_is_refused_with_403_and_the_function_never_runs(string forgery)
    {
        var before = Volatile.Read(ref s_invocations);
        using var response = forgery switch
        {
            "unsigned" => await SendAsync(null, Local, "{}"),
            "wrong secret" => await SendAsync(Signer(), new AwsCredentials("local", "guess", null), "{}"),
            "wrong key" => await SendAsync(Signer(), new AwsCredentials("AKIAOTHER", "local", null), "{}"),
            "tampered body" => await SendAsync(Signer(), Local, "{}", tamper: true),
            "expired" => await SendAsync(Signer(DateTimeOffset.UtcNow.AddMinutes(-20)), Local, "{}"),
            _ => await SendAsync(Signer(service: "sns"), Local, "{}"),
        };

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("\"message\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, Volatile.Read(ref s_invocations));
    }

    private static readonly AwsCredentials Local = new("local", "local", null);

    private static SigV4Signer Signer(DateTimeOffset? at = null, string service = "execute-api") =>
        new(LocalEnvironment.Region, service, at is { } time ? new FakeTimeProvider(time) : TimeProvider.System);

    private async Task<HttpResponseMessage> SendAsync(SigV4Signer? signer, AwsCredentials credentials, string body, bool tamper = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_cloud.BaseAddress, "/admin"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (signer is not null)
        {
            await signer.SignAsync(request, credentials, CancellationToken.None);
        }
        if (tamper)
        {
            request.Content = new StringContent("""{"message":"changed"}""", Encoding.UTF8, "application/json");
        }
        return await _cloud.Http.SendAsync(request);
    }

    private sealed class Counter : IFunctionHandler
    {
        public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
        {
            Interlocked.Increment(ref s_invocations);
            var request = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.HttpApiRequest)!;
            var response = new HttpApiResponse { StatusCode = 200, Body = request.Body };
            return Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(response, HostingJsonContext.Default.HttpApiResponse));
        }
    }
}
