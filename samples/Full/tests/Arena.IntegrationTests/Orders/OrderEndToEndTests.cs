using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Testing;
using LiveScore.LocalCloud;
using LiveScore.LocalCloud.Redrive;
using LiveScore.LocalCloud.Sns;
using Arena.IntegrationTests.LocalCloud;
using Arena.Local;

namespace Arena.IntegrationTests.Orders;

/// <summary>
/// Orders through the local cloud over real HTTP: an order placed once, or retried with the same key, is stored once
/// and announced once — also when the stream delivers its record again.
/// </summary>
public sealed class OrderEndToEndTests(LocalCloudFixture embedded, DynamoDbLocalCloudFixture dynamoDbLocal)
    : IClassFixture<LocalCloudFixture>, IClassFixture<DynamoDbLocalCloudFixture>
{
    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task An_order_retried_with_its_key_is_stored_and_announced_once(string endpoint)
    {
        var cloud = endpoint == TestTables.Embedded ? embedded : dynamoDbLocal;
        var key = Guid.NewGuid().ToString();
        var first = await PlaceAsync(cloud, """{"customerName":"Ada","productName":"Ball","quantity":2}""", key);
        var retry = await PlaceAsync(cloud, """{"customerName":"Ada","productName":"Ball","quantity":2}""", key);

        Assert.Equal(first.OrderId, retry.OrderId);
        Assert.Equal("true", retry.Replayed);
        await AssertAnnouncedOnceAsync(cloud, first.OrderId);
        using var stored = await cloud.CustomerHttp.GetAsync($"/orders/{first.OrderId}");
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
    }

    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task A_redelivered_stream_record_sends_no_second_notification(string endpoint)
    {
        var cloud = endpoint == TestTables.Embedded ? embedded : dynamoDbLocal;
        var order = await PlaceAsync(cloud, """{"customerName":"Lin","productName":"Bat"}""", key: null);
        await Eventually.UntilAsync(() => OutboxFor(cloud, order.OrderId), m => m.Count >= 1, $"the notification of {order.OrderId}", context: () => cloud.Console);

        // The record Lambda would deliver again after a failed batch.
        using var response = await cloud.Http.PostAsync("/2015-03-31/functions/order-stream/invocations",
            new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(InsertRecord(order.OrderId), HostingJsonContext.Default.DynamoDbStreamEvent)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Amz-Function-Error"), await response.Content.ReadAsStringAsync());
        Assert.Single(await OutboxFor(cloud, order.OrderId));
    }

    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task A_bad_order_is_refused_and_announces_nothing(string endpoint)
    {
        var cloud = endpoint == TestTables.Embedded ? embedded : dynamoDbLocal;
        using var response = await cloud.CustomerHttp.PostAsync("/orders", new StringContent("""{"productName":"Ball"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("customerName", out _));
    }

    /// <summary>
    /// The stream delivers in order: once a later order is announced, a duplicate of an earlier one would already be there.
    /// </summary>
    [Fact]
    public async Task Seed_002_request_and_console_test_event_get_the_seed_answers_and_one_notification_each()
    {
        const string order = """{"customerName": "John Doe", "productName": "Wireless Mouse"}""";
        using var placed = await embedded.CustomerHttp.PostAsync("/create-order", new StringContent(order, Encoding.UTF8, "application/json"));
        using var refused = await embedded.CustomerHttp.PostAsync("/create-order", new StringContent("""{"customerName": "John Doe"}""", Encoding.UTF8, "application/json"));
        using var console = await embedded.Http.PostAsync(
            "/2015-03-31/functions/order-api/invocations", new StringContent(JsonSerializer.Serialize(new { body = order }), Encoding.UTF8));

        Assert.Equal(HttpStatusCode.OK, placed.StatusCode);
        using var answer = JsonDocument.Parse(await placed.Content.ReadAsStringAsync());
        Assert.Equal("Order placed successfully", answer.RootElement.GetProperty("message").GetString());
        Assert.Equal((HttpStatusCode.BadRequest, """{"error":"Missing customerName or productName"}"""), (refused.StatusCode, await refused.Content.ReadAsStringAsync()));
        using var lambda = JsonDocument.Parse(await console.Content.ReadAsStringAsync());
        Assert.Equal(200, lambda.RootElement.GetProperty("statusCode").GetInt32());
        using var consoleAnswer = JsonDocument.Parse(lambda.RootElement.GetProperty("body").GetString()!);
        foreach (var orderId in new[] { answer.RootElement.GetProperty("orderId").GetString()!, consoleAnswer.RootElement.GetProperty("orderId").GetString()! })
        {
            await AssertAnnouncedOnceAsync(embedded, orderId);
        }
    }

    [Fact]
    public async Task A_crash_after_the_publish_before_the_answer_sends_no_second_notification()
    {
        await FaultSwitch.OnAsync(embedded.Http, """{"target":"function","fault":"crash","function":"order-stream"}""");
        try
        {
            var order = await PlaceAsync(embedded, """{"customerName":"Kim","productName":"Net"}""", key: null);
            await FaultSwitch.UsedUpAsync(embedded.Http, () => embedded.Console);

            await AssertAnnouncedOnceAsync(embedded, order.OrderId);
            Assert.Contains("Runtime.ExitError", await embedded.Http.GetStringAsync("/_local/invocations"), StringComparison.Ordinal);
        }
        finally
        {
            await FaultSwitch.OffAsync(embedded.Http);
        }
    }

    [Fact]
    public async Task An_order_whose_notification_exhausts_its_retries_waits_in_the_dead_letter_queue_and_the_redrive_announces_it_once()
    {
        await FaultSwitch.OnAsync(embedded.Http, """{"target":"sns","fault":"error","times":1000}""");
        string orderId;
        try
        {
            orderId = (await PlaceAsync(embedded, """{"customerName":"Ola","productName":"Cap"}""", key: null)).OrderId;
            await Eventually.UntilAsync(() => embedded.Http.GetStringAsync("/_local/dead-letters"), d => d.Contains("order-stream", StringComparison.Ordinal), "the order set aside", context: () => embedded.Console);
            Assert.Empty(await OutboxFor(embedded, orderId));
        }
        finally
        {
            await FaultSwitch.OffAsync(embedded.Http);
        }
        var output = new StringWriter();

        var exitCode = await RedriveCommand.RunAsync(LocalApp.Application, ["order-stream", "--urls", embedded.BaseAddress.ToString()], output, output);

        Assert.True(exitCode == 0, output.ToString());
        await AssertAnnouncedOnceAsync(embedded, orderId);
    }

    [Fact]
    public async Task Without_a_signed_in_customer_nothing_is_placed_and_nobody_reads_another_customers_order()
    {
        var order = await PlaceAsync(embedded, """{"customerName":"Ada","productName":"Ball"}""", key: null);
        using var bob = await embedded.SignInAsync("bob@example.com");

        using var unsigned = await embedded.Http.PostAsync("/orders", new StringContent("""{"customerName":"Eve","productName":"Ball"}""", Encoding.UTF8, "application/json"));
        using var unsignedRead = await embedded.Http.GetAsync($"/orders/{order.OrderId}");
        using var bobsRead = await bob.GetAsync($"/orders/{order.OrderId}");
        using var ownRead = await embedded.CustomerHttp.GetAsync($"/orders/{order.OrderId}");

        Assert.Equal(
            (HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.OK),
            (unsigned.StatusCode, unsignedRead.StatusCode, bobsRead.StatusCode, ownRead.StatusCode));
        Assert.DoesNotContain("Ball", await bobsRead.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertAnnouncedOnceAsync(embedded, order.OrderId);
        var outbox = await embedded.Http.GetStringAsync("/_local/outbox");
        Assert.DoesNotContain("Eve", outbox, StringComparison.Ordinal);
    }

    private static async Task AssertAnnouncedOnceAsync(LocalCloudFixture cloud, string orderId)
    {
        var later = await PlaceAsync(cloud, """{"customerName":"Later","productName":"Marker"}""", key: null);
        await Eventually.UntilAsync(() => OutboxFor(cloud, later.OrderId), m => m.Count >= 1, $"the notification of {later.OrderId}", context: () => cloud.Console);
        var messages = await OutboxFor(cloud, orderId);
        var message = Assert.Single(messages);
        Assert.Equal("New Order Notification", message.Subject);
        Assert.Contains(orderId, message.Message, StringComparison.Ordinal);
    }

    private static async Task<(string OrderId, string? Replayed)> PlaceAsync(LocalCloudFixture cloud, string body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/orders") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        using var response = await cloud.CustomerHttp.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /orders answered {(int)response.StatusCode}: {text}");
        using var json = JsonDocument.Parse(text);
        return (json.RootElement.GetProperty("orderId").GetString()!, response.Headers.TryGetValues("Idempotent-Replayed", out var values) ? values.Single() : null);
    }

    private static async Task<IReadOnlyList<OutboxMessage>> OutboxFor(LocalCloudFixture cloud, string orderId)
    {
        var outbox = await cloud.Http.GetFromJsonAsync("/_local/outbox", LocalJsonContext.Default.IReadOnlyListOutboxMessage);
        return outbox!.Where(m => m.Attributes.GetValueOrDefault("orderId") == orderId).ToList();
    }

    private static DynamoDbStreamEvent InsertRecord(string orderId) => new()
    {
        Records =
        [
            new DynamoDbStreamRecord
            {
                EventId = Guid.NewGuid().ToString("N"),
                EventName = StreamEventName.Insert,
                EventVersion = "1.1",
                EventSource = "aws:dynamodb",
                AwsRegion = "us-east-1",
                EventSourceArn = "arn:aws:dynamodb:us-east-1:000000000000:table/Orders/stream/2025-01-15T09:00:00.000",
                Dynamodb = new StreamRecordData
                {
                    Keys = new Dictionary<string, AttributeValue> { ["orderId"] = new() { S = orderId } },
                    NewImage = new Dictionary<string, AttributeValue>
                    {
                        ["orderId"] = new() { S = orderId },
                        ["customerName"] = new() { S = "Lin" },
                        ["productName"] = new() { S = "Bat" },
                        ["quantity"] = new() { N = "1" },
                        ["orderTime"] = new() { S = "2025-01-15T09:30:00.000Z" },
                    },
                    SequenceNumber = "4200000000000000000000001",
                    SizeBytes = 120,
                    StreamViewType = "NEW_AND_OLD_IMAGES",
                },
            },
        ],
    };
}
