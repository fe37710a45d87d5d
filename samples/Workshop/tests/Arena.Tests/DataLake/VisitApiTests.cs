using System.Collections.Concurrent;
using System.Text;
using Arena.Functions.DataLake;
using LiveScore.Lambda.Http;
using Microsoft.Extensions.Time.Testing;

namespace Arena.Tests.DataLake;

public class VisitApiTests
{
    private const string Valid = """{"productId":"p-1","productName":"Ball","category":"Toys","pricePerUnit":12.5,"customerId":"c-1","customerName":"Ada","timeOfVisit":"2026-05-01T09:30:00+02:00"}""";

    private readonly FakeQueue _queue = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_valid_visit_is_queued_in_utc_and_answered_with_202_and_its_message_id()
    {
        var result = await Post(Valid);

        Assert.Equal(202, result.StatusCode);
        Assert.Equal("""{"messageId":"m-1"}""", Encoding.UTF8.GetString(result.Body));
        Assert.Equal(new VisitInput("p-1", "Ball", "Toys", 12.5m, "c-1", "Ada", "2026-05-01T07:30:00.000Z"), Assert.Single(_queue.Sent));
    }

    [Theory]
    [InlineData("productId", "\"has space\"")]
    [InlineData("productName", "\"\"")]
    [InlineData("category", "\"a\\u0007b\"")]
    [InlineData("pricePerUnit", "-1")]
    [InlineData("pricePerUnit", "1.234")]
    [InlineData("pricePerUnit", "\"12\"")]
    [InlineData("customerId", "42")]
    [InlineData("timeOfVisit", "\"2026-05-01T09:30:00\"")]
    [InlineData("timeOfVisit", "\"2026-05-01T12:10:00Z\"")]
    [InlineData("timeOfVisit", "\"yesterday\"")]
    public async Task A_bad_field_is_refused_naming_it_and_nothing_is_queued(string field, string value)
    {
        var body = System.Text.RegularExpressions.Regex.Replace(Valid, $"\"{field}\":(\"[^\"]*\"|[^,}}]+)", $"\"{field}\":{value}");

        var result = await Post(body);

        Assert.Equal(400, result.StatusCode);
        Assert.Contains($"\"{field}\"", Encoding.UTF8.GetString(result.Body), StringComparison.Ordinal);
        Assert.Empty(_queue.Sent);
    }

    [Fact]
    public async Task A_missing_field_and_a_body_that_is_not_an_object_are_refused()
    {
        Assert.Contains("\"customerName\"", Encoding.UTF8.GetString((await Post(Valid.Replace(",\"customerName\":\"Ada\"", ""))).Body), StringComparison.Ordinal);
        Assert.Equal(400, (await Post("[1]")).StatusCode);
        Assert.Equal(413, (await Post(new string(' ', VisitRules.MaxBodyBytes + 1))).StatusCode);
        Assert.Empty(_queue.Sent);
    }

    private Task<HttpResult> Post(string body) =>
        new VisitApi(_queue, _clock).HandleAsync(new HttpRequestData("POST", "/visits", new Dictionary<string, string>(), Encoding.UTF8.GetBytes(body)), CancellationToken.None);

    private sealed class FakeQueue : IVisitQueue
    {
        public ConcurrentQueue<VisitInput> Sent { get; } = new();

        public Task<string> SendAsync(VisitInput visit, CancellationToken cancellationToken)
        {
            Sent.Enqueue(visit);
            return Task.FromResult("m-" + Sent.Count);
        }
    }
}
