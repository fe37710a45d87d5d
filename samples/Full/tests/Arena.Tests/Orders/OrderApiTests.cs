using System.Text;
using System.Text.Json;
using LiveScore.Lambda.Http;
using Arena.Functions.Orders;

namespace Arena.Tests.Orders;

public class OrderApiTests
{
    private readonly FakeOrderStore _store = new();
    private readonly OrderApi _api;

    public OrderApiTests()
    {
        _api = new OrderApi(_store, TimeProvider.System);
    }

    [Fact]
    public async Task Post_stores_an_order_with_a_server_generated_id_and_default_quantity()
    {
        var result = await Post("""{"customerName":"Ada","productName":"Ball"}""");

        Assert.Equal(201, result.StatusCode);
        using var body = JsonDocument.Parse(result.Body);
        var id = body.RootElement.GetProperty("orderId").GetString()!;
        Assert.True(Guid.TryParse(id, out _));
        Assert.Equal(1, body.RootElement.GetProperty("quantity").GetInt32());
        Assert.True(body.RootElement.TryGetProperty("orderTime", out _));
        Assert.Equal("/orders/" + id, result.Headers["Location"]);
        Assert.Equal("Ball", _store.Orders[id].ProductName);
    }

    [Fact]
    public async Task Get_returns_a_stored_order_and_404_otherwise()
    {
        var placed = await Post("""{"customerName":"Ada","productName":"Ball","quantity":3}""");
        var id = JsonDocument.Parse(placed.Body).RootElement.GetProperty("orderId").GetString();

        Assert.Equal(200, (await Send("GET", "/orders/" + id)).StatusCode);
        Assert.Equal(404, (await Send("GET", "/orders/" + Guid.NewGuid())).StatusCode);
        Assert.Equal(404, (await Send("GET", "/orders/not-a-uuid")).StatusCode);
    }

    [Theory]
    [InlineData("""{"productName":"Ball"}""", "customerName")]
    [InlineData("""{"customerName":"Ada"}""", "productName")]
    [InlineData("""{"customerName":"","productName":"Ball"}""", "customerName")]
    [InlineData("""{"customerName":"Ada","productName":7}""", "productName")]
    [InlineData("""{"customerName":"Ada","productName":"Ball","quantity":0}""", "quantity")]
    [InlineData("""{"customerName":"Ada","productName":"Ball","quantity":1001}""", "quantity")]
    [InlineData("""{"customerName":"Ada","productName":"Ball","quantity":2.5}""", "quantity")]
    [InlineData("""{"customerName":"Ada","productName":"Ball","quantity":"2"}""", "quantity")]
    [InlineData("[]", "body")]
    [InlineData("{", "body")]
    public async Task Bad_orders_are_refused_naming_the_field_and_store_nothing(string body, string field)
    {
        var result = await Post(body);

        Assert.Equal(400, result.StatusCode);
        Assert.Equal(Responses.ProblemContentType, result.ContentType);
        using var problem = JsonDocument.Parse(result.Body);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), Encoding.UTF8.GetString(result.Body));
        Assert.Empty(_store.Orders);
    }

    [Fact]
    public async Task A_retried_post_with_the_same_idempotency_key_returns_the_first_order()
    {
        const string body = """{"customerName":"Ada","productName":"Ball","quantity":2}""";

        var first = await Post(body, "key-1");
        var retry = await Post(body, "key-1");

        Assert.Equal(201, retry.StatusCode);
        Assert.Equal(first.Body, retry.Body);
        Assert.Equal("true", retry.Headers["Idempotent-Replayed"]);
        Assert.Single(_store.Orders);
    }

    [Fact]
    public async Task An_idempotency_key_reused_for_a_different_order_is_a_conflict()
    {
        await Post("""{"customerName":"Ada","productName":"Ball"}""", "key-2");

        var other = await Post("""{"customerName":"Ada","productName":"Bat"}""", "key-2");

        Assert.Equal(409, other.StatusCode);
        Assert.Single(_store.Orders);
    }

    [Theory]
    [InlineData("has space")]
    // Two Idempotency-Key headers reach the function joined by a comma: which one was meant is unknown.
    [InlineData("key-1,key-2")]
    public async Task A_malformed_idempotency_key_is_refused(string key)
    {
        var result = await Post("""{"customerName":"Ada","productName":"Ball"}""", key);

        Assert.Equal(400, result.StatusCode);
        Assert.Contains(OrderRules.IdempotencyHeader, Encoding.UTF8.GetString(result.Body), StringComparison.Ordinal);
        Assert.Empty(_store.Orders);
    }

    [Theory]
    [InlineData("POST", OrderApi.WorkshopPath)]
    [InlineData("", "")]
    public async Task The_workshop_route_and_the_console_test_event_answer_as_seed_002(string method, string path)
    {
        var placed = await Send(method, path, """{"customerName": "John Doe", "productName": "Wireless Mouse"}""");
        var missing = await Send(method, path, """{"customerName": "John Doe", "productName": ""}""");
        var tooLong = await Send(method, path, $$"""{"customerName": "{{new string('n', 101)}}", "productName": "Mouse"}""");

        Assert.Equal(200, placed.StatusCode);
        var id = JsonDocument.Parse(placed.Body).RootElement.GetProperty("orderId").GetString()!;
        Assert.Equal($$"""{"message":"Order placed successfully","orderId":"{{id}}"}""", Encoding.UTF8.GetString(placed.Body));
        Assert.Equal("Wireless Mouse", _store.Orders[id].ProductName);
        Assert.Equal((400, """{"error":"Missing customerName or productName"}"""), (missing.StatusCode, Encoding.UTF8.GetString(missing.Body)));
        Assert.Equal(400, tooLong.StatusCode);
        Assert.Contains("customerName: Must be at most 100 characters.", Encoding.UTF8.GetString(tooLong.Body), StringComparison.Ordinal);
        Assert.Single(_store.Orders);
    }

    [Fact]
    public async Task A_form_or_text_body_is_refused_with_415_and_invalid_utf8_with_400_and_nothing_is_stored()
    {
        var form = await _api.HandleAsync(new HttpRequestData("POST", "/orders", new Dictionary<string, string>(), "customerName=Ada&productName=Ball"u8.ToArray())
        {
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["content-type"] = "application/x-www-form-urlencoded" },
        }, CancellationToken.None);
        var invalid = await _api.HandleAsync(new HttpRequestData("POST", "/orders", new Dictionary<string, string>(), new byte[] { 0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D }), CancellationToken.None);

        Assert.Equal((415, Responses.ProblemContentType), (form.StatusCode, form.ContentType));
        Assert.Equal(400, invalid.StatusCode);
        Assert.Contains("\"body\"", Encoding.UTF8.GetString(invalid.Body), StringComparison.Ordinal);
        Assert.Empty(_store.Orders);
    }

    [Fact]
    public async Task A_customers_order_is_read_by_that_customer_only_and_others_are_told_it_does_not_exist()
    {
        var placed = await Post("""{"customerName":"Ada","productName":"Ball"}""", userId: "ana");
        var path = "/orders/" + JsonDocument.Parse(placed.Body).RootElement.GetProperty("orderId").GetString();

        var owner = await Send("GET", path, userId: "ana");
        var other = await Send("GET", path, userId: "bob");
        var anonymous = await Send("GET", path);

        Assert.Equal((200, 404, 404), (owner.StatusCode, other.StatusCode, anonymous.StatusCode));
        Assert.Equal("ana", JsonDocument.Parse(owner.Body).RootElement.GetProperty("ownerId").GetString());
        Assert.DoesNotContain("Ball", Encoding.UTF8.GetString(other.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_customers_with_the_same_idempotency_key_each_get_their_own_order()
    {
        var ana = await Post("""{"customerName":"Ada","productName":"Ball"}""", "key-1", userId: "ana");
        var bob = await Post("""{"customerName":"Bo","productName":"Bat"}""", "key-1", userId: "bob");
        var anaAgain = await Post("""{"customerName":"Ada","productName":"Ball"}""", "key-1", userId: "ana");

        Assert.Equal((201, 201, 201), (ana.StatusCode, bob.StatusCode, anaAgain.StatusCode));
        Assert.Equal(("false", "false", "true"), (ana.Headers["Idempotent-Replayed"], bob.Headers["Idempotent-Replayed"], anaAgain.Headers["Idempotent-Replayed"]));
        Assert.Equal(2, _store.Orders.Count);
        Assert.Equal(["ana", "bob"], _store.Orders.Values.Select(o => o.OwnerId!).Order());
    }

    private Task<HttpResult> Post(string body, string? idempotencyKey = null, string? userId = null)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (idempotencyKey is not null)
        {
            headers[OrderRules.IdempotencyHeader] = idempotencyKey;
        }
        return _api.HandleAsync(new HttpRequestData("POST", "/orders", new Dictionary<string, string>(), Encoding.UTF8.GetBytes(body)) { Headers = headers, UserId = userId }, CancellationToken.None);
    }

    private Task<HttpResult> Send(string method, string path, string? body = null, string? userId = null) =>
        _api.HandleAsync(new HttpRequestData(method, path, new Dictionary<string, string>(), body is null ? default : Encoding.UTF8.GetBytes(body)) { UserId = userId }, CancellationToken.None);
}
