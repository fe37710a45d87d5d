using System.Net;
using System.Text;
using System.Text.Json;
using LiveScore.Lambda;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Http;
using LiveScore.LocalCloud.Testing;
using LiveScore.LocalCloud.Tests.WebSockets;

namespace LiveScore.LocalCloud.Tests.HttpApi;

/// <summary>
/// A route with customer authorization runs its function only for a customer signed in to the local user pool, and
/// tells the function who called; the pool speaks Cognito's API to an independent client (boto3).
/// </summary>
public sealed class CustomerRouteTests : IAsyncLifetime
{
    private static int s_invocations;

    private static readonly FunctionDefinition Orders = new("orders-api", "Answers with the caller's user id.", () => new WhoAmI())
    {
        HttpRoutes = [new HttpRoute("GET", "/mine") { Authorization = RouteAuthorization.Customer }],
    };

    private WebSocketTestCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await WebSocketTestCloud.StartAsync([Orders]);

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task Each_signed_in_customer_reaches_the_function_as_themselves()
    {
        using var ana = await LocalCustomers.HttpAsync(_cloud.BaseAddress, "ana@example.com");
        using var bob = await LocalCustomers.HttpAsync(_cloud.BaseAddress, "bob@example.com");
        using var anaAgain = await LocalCustomers.HttpAsync(_cloud.BaseAddress, "ana@example.com");

        var users = await Task.WhenAll(new[] { ana, bob, anaAgain }.Select(client => client.GetStringAsync("/mine")));

        Assert.All(users, user => Assert.True(Guid.TryParse(user, out _), user));
        Assert.NotEqual(users[0], users[1]);
        Assert.Equal(users[0], users[2]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-token")]
    [InlineData("AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/execute-api/aws4_request")]
    public async Task Without_a_token_of_the_pool_the_answer_is_401_and_the_function_never_runs(string? authorization)
    {
        var before = Volatile.Read(ref s_invocations);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/mine");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await _cloud.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"message":"Unauthorized"}""", await response.Content.ReadAsStringAsync());
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Volatile.Read(ref s_invocations));
    }

    [Fact]
    public async Task A_token_from_another_local_cloud_is_refused()
    {
        await using var other = await WebSocketTestCloud.StartAsync([Orders]);
        using var elsewhere = await LocalCustomers.HttpAsync(other.BaseAddress, "ana@example.com");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_cloud.BaseAddress, "/mine"));
        request.Headers.Authorization = elsewhere.DefaultRequestHeaders.Authorization;

        using var response = await _cloud.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private const string Script = """
        import sys, json, urllib.request, boto3
        from botocore.exceptions import ClientError
        endpoint, client_id, base = sys.argv[1], sys.argv[2], sys.argv[3]
        idp = boto3.client("cognito-idp", endpoint_url=endpoint, region_name="us-east-1",
                           aws_access_key_id="unused", aws_secret_access_key="unused")
        out = {}
        up = idp.sign_up(ClientId=client_id, Username="cy@example.com", Password="Boto-Passw0rd!")
        out["confirmed"], out["sub"] = up["UserConfirmed"], up["UserSub"]
        def error(call):
            try:
                call()
                return None
            except ClientError as e:
                return e.response["Error"]["Code"]
        out["again"] = error(lambda: idp.sign_up(ClientId=client_id, Username="cy@example.com", Password="Boto-Passw0rd!"))
        out["weak"] = error(lambda: idp.sign_up(ClientId=client_id, Username="dee@example.com", Password="password"))
        out["wrong"] = error(lambda: idp.initiate_auth(ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH",
                                                        AuthParameters={"USERNAME": "cy@example.com", "PASSWORD": "Wrong-Passw0rd!"}))
        auth = idp.initiate_auth(ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH",
                                 AuthParameters={"USERNAME": "cy@example.com", "PASSWORD": "Boto-Passw0rd!"})["AuthenticationResult"]
        refreshed = idp.initiate_auth(ClientId=client_id, AuthFlow="REFRESH_TOKEN_AUTH",
                                      AuthParameters={"REFRESH_TOKEN": auth["RefreshToken"]})["AuthenticationResult"]
        def whoami(token):
            request = urllib.request.Request(base + "/mine", headers={"Authorization": "Bearer " + token})
            return urllib.request.urlopen(request).read().decode()
        out["access"], out["id"], out["refreshed"] = whoami(auth["AccessToken"]), whoami(auth["IdToken"]), whoami(refreshed["AccessToken"])
        out["expiresIn"], out["type"] = auth["ExpiresIn"], auth["TokenType"]
        print(json.dumps(out))
        """;

    [Boto3Fact]
    public async Task Boto3_signs_up_and_in_and_its_tokens_pass_the_route()
    {
        var endpoint = new Uri(_cloud.BaseAddress, LocalCloud.Cognito.CognitoEndpoints.Path).ToString();

        using var result = JsonDocument.Parse(await Boto3.RunAsync(Boto3.Python(),
            ["-c", Script, endpoint, LocalEnvironment.UserPoolClientId, _cloud.BaseAddress.GetLeftPart(UriPartial.Authority)]));

        var root = result.RootElement;
        Assert.True(root.GetProperty("confirmed").GetBoolean());
        var sub = root.GetProperty("sub").GetString();
        Assert.Equal([sub, sub, sub], new[] { "access", "id", "refreshed" }.Select(token => root.GetProperty(token).GetString()));
        Assert.Equal("UsernameExistsException", root.GetProperty("again").GetString());
        Assert.Equal("InvalidPasswordException", root.GetProperty("weak").GetString());
        Assert.Equal("NotAuthorizedException", root.GetProperty("wrong").GetString());
        Assert.Equal((3600, "Bearer"), (root.GetProperty("expiresIn").GetInt32(), root.GetProperty("type").GetString()));
    }

    private sealed class WhoAmI : IFunctionHandler
    {
        public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
        {
            Interlocked.Increment(ref s_invocations);
            var caller = HttpApiAdapter.ToRequest(eventJson).UserId ?? "nobody";
            return Task.FromResult(HttpApiAdapter.ToResponse(new HttpResult(200, Encoding.UTF8.GetBytes(caller), "text/plain")));
        }
    }
}
