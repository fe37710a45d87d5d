using System.Text;
using LiveScore.Lambda.Streams;
using LiveScore.Lambda.Tests.Events;

namespace LiveScore.Lambda.Tests.Streams;

public class StreamBatchTests
{
    [Fact]
    public async Task A_failed_record_is_reported_logged_and_counted_and_the_others_still_run()
    {
        var log = new List<(LogLevel Level, string Message)>();
        var processed = new List<string>();

        var response = await StreamBatch.ProcessAsync(Payload.Bytes("dynamodb-stream.json"), Context(log), (record, _) =>
        {
            if (record.Dynamodb.SequenceNumber == "111200000000012345678902")
            {
                throw new InvalidOperationException("SNS did not answer");
            }
            lock (processed)
            {
                processed.Add(record.EventId);
            }
            return Task.CompletedTask;
        });

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"111200000000012345678902"}]}""", Encoding.UTF8.GetString(response));
        Assert.Equal(["c4ca4238a0b923820dcc509a6f75849b", "eccbc87e4b5ce2fe28308fd9f2a7baf3"], processed.Order());
        Assert.Single(log, e => e.Level == LogLevel.Error);
        Assert.Single(log, e => e.Message == "FailedRecords");
    }

    [Fact]
    public async Task A_batch_that_succeeds_reports_and_counts_nothing()
    {
        var log = new List<(LogLevel, string)>();

        var response = await StreamBatch.ProcessAsync(Payload.Bytes("dynamodb-stream.json"), Context(log), (_, _) => Task.CompletedTask);

        Assert.Equal("""{"batchItemFailures":[]}""", Encoding.UTF8.GetString(response));
        Assert.Empty(log);
    }

    private static InvocationContext Context(List<(LogLevel, string)> entries) =>
        new("request-1", "score-stream", DateTimeOffset.UtcNow.AddMinutes(1), new ListLog(entries), CancellationToken.None);
}
