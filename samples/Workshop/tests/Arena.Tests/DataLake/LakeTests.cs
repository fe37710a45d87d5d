using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Arena.Functions.DataLake;
using Arena.Tests.TestDoubles;
using LiveScore.Lambda.Events;

namespace Arena.Tests.DataLake;

public class LakeTests
{
    private static Visit VisitOn(string id, string time) => new(id, "p-1", "Ball", "Toys", 12.5m, "c-1", "Ada", time);

    [Fact]
    public void A_batch_becomes_one_gzip_ndjson_object_per_day_named_after_its_first_record()
    {
        var objects = LakeBatch.Objects(
        [
            (VisitOn("a", "2026-04-30T23:59:59.000Z"), "e-100"),
            (VisitOn("b", "2026-05-01T00:00:00.000Z"), "e-200"),
            (VisitOn("c", "2026-04-30T08:00:00.000Z"), "e-300"),
        ]);

        Assert.Equal(["visits/year=2026/month=04/day=30/e-100.json.gz", "visits/year=2026/month=05/day=01/e-200.json.gz"], objects.Select(o => o.Key));
        Assert.Equal(["a", "c"], LakeBatch.Read(objects[0].Content).Select(v => v.VisitId));
        Assert.Equal(VisitOn("b", "2026-05-01T00:00:00.000Z"), Assert.Single(LakeBatch.Read(objects[1].Content)));
        Assert.Equal([0x1f, 0x8b], objects[0].Content[..2]);
    }

    [Fact]
    public void The_same_batch_gives_the_same_keys_and_bytes_so_reprocessing_overwrites()
    {
        (Visit, string)[] batch = [(VisitOn("a", "2026-05-01T10:00:00.000Z"), "7"), (VisitOn("b", "2026-05-01T11:00:00.000Z"), "8")];

        var first = LakeBatch.Objects(batch);
        var again = LakeBatch.Objects(batch);

        Assert.Equal(first.Select(o => (o.Key, Convert.ToBase64String(o.Content))), again.Select(o => (o.Key, Convert.ToBase64String(o.Content))));
    }

    [Fact]
    public async Task The_stream_function_writes_new_visits_only_and_fails_the_batch_when_a_write_fails()
    {
        var lake = new FakeLake();
        var handler = new VisitStreamHandler(lake);

        var response = await handler.InvokeAsync(StreamEvent(("INSERT", "v1"), ("MODIFY", "v2"), ("INSERT", "v3")), RecordingLog.Context());

        Assert.Equal("""{"batchItemFailures":[]}""", Encoding.UTF8.GetString(response));
        var written = Assert.Single(lake.Objects);
        Assert.Equal(["v1", "v3"], LakeBatch.Read(written.Content).Select(v => v.VisitId));
        lake.Fail = true;
        await Assert.ThrowsAsync<IOException>(() => handler.InvokeAsync(StreamEvent(("INSERT", "v4")), RecordingLog.Context()));
    }

    [Fact]
    public async Task The_queue_function_stores_each_visit_once_under_its_message_id_and_fails_only_what_is_not_a_visit()
    {
        var store = new FakeStore();
        var handler = new VisitQueueHandler(store, TimeProvider.System);
        var visit = """{"productId":"p-1","productName":"Ball","category":"Toys","pricePerUnit":3,"customerId":"c-1","customerName":"Ada","timeOfVisit":"2026-05-01T09:30:00Z"}""";

        var first = await handler.InvokeAsync(QueueEvent(("m-1", visit), ("m-2", "not a visit")), RecordingLog.Context());
        var redelivered = await handler.InvokeAsync(QueueEvent(("m-1", visit)), RecordingLog.Context());

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m-2"}]}""", Encoding.UTF8.GetString(first));
        Assert.Equal("""{"batchItemFailures":[]}""", Encoding.UTF8.GetString(redelivered));
        Assert.Equal(["m-1"], store.Visits.Keys);
        Assert.Equal("2026-05-01T09:30:00.000Z", store.Visits["m-1"].TimeOfVisit);
    }

    private static byte[] StreamEvent(params (string EventName, string VisitId)[] records) =>
        Encoding.UTF8.GetBytes("{\"Records\":[" + string.Join(',', records.Select((r, i) => $$$"""
            {"eventID":"e{{{i}}}","eventName":"{{{r.EventName}}}","eventVersion":"1.1","eventSource":"aws:dynamodb","awsRegion":"us-east-1",
             "eventSourceARN":"arn:aws:dynamodb:us-east-1:123456789012:table/ProductVisits/stream/2026-01-01T00:00:00.000",
             "dynamodb":{"Keys":{"visitId":{"S":"{{{r.VisitId}}}"}},"NewImage":{"visitId":{"S":"{{{r.VisitId}}}"},"productId":{"S":"p-1"},
               "productName":{"S":"Ball"},"category":{"S":"Toys"},"pricePerUnit":{"N":"12.5"},"customerId":{"S":"c-1"},
               "customerName":{"S":"Ada"},"timeOfVisit":{"S":"2026-05-01T09:30:00.000Z"}},
               "SequenceNumber":"{{{(i + 1) * 100}}}","SizeBytes":10,"StreamViewType":"NEW_AND_OLD_IMAGES"}}
            """)) + "]}");

    private static byte[] QueueEvent(params (string MessageId, string Body)[] messages) =>
        JsonSerializer.SerializeToUtf8Bytes(new SqsEvent
        {
            Records = [.. messages.Select(m => new SqsMessage { MessageId = m.MessageId, Body = m.Body, Attributes = new Dictionary<string, string> { ["SentTimestamp"] = "1777640000000" } })],
        }, HostingJsonContext.Default.SqsEvent);

    private sealed class FakeLake : ILake
    {
        public ConcurrentQueue<LakeObject> Objects { get; } = new();

        public bool Fail { get; set; }

        public Task PutAsync(LakeObject lakeObject, CancellationToken cancellationToken)
        {
            if (Fail)
            {
                throw new IOException("S3 unavailable");
            }
            Objects.Enqueue(lakeObject);
            return Task.CompletedTask;
        }
    }

    private sealed class FakeStore : IVisitStore
    {
        public ConcurrentDictionary<string, Visit> Visits { get; } = new();

        public Task<bool> AddAsync(Visit visit, CancellationToken cancellationToken) => Task.FromResult(Visits.TryAdd(visit.VisitId, visit));
    }
}
