using System.Text;
using System.Text.Json;
using LiveScore.Lambda.Queues;
using LiveScore.Lambda.Tests.Events;

namespace LiveScore.Lambda.Tests.Queues;

public class QueueBatchTests
{
    [Fact]
    public async Task Reports_exactly_the_failed_messages_and_logs_each()
    {
        var log = new List<(LogLevel Level, string Message)>();
        var processed = new List<string>();

        var response = await QueueBatch.ProcessAsync(Payload.Bytes("sqs-event.json"), Context(log), (message, _) =>
        {
            using var body = JsonDocument.Parse(message.Body);
            lock (processed)
            {
                processed.Add(body.RootElement.GetProperty("productId").GetString()!);
            }
            return Task.CompletedTask;
        });

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"2c9a7e44-5b1f-4f0e-8d8c-3a6b7c2d1e02"}]}""", Encoding.UTF8.GetString(response));
        Assert.Equal(["p-1"], processed);
        Assert.Single(log, e => e.Level == LogLevel.Error);
        Assert.Single(log, e => e.Message == "FailedMessages");
    }

    [Fact]
    public async Task A_batch_that_succeeds_reports_no_failures()
    {
        var log = new List<(LogLevel, string)>();
        var response = await QueueBatch.ProcessAsync(Payload.Bytes("sqs-event.json"), Context(log), (_, _) => Task.CompletedTask);

        Assert.Equal("""{"batchItemFailures":[]}""", Encoding.UTF8.GetString(response));
        Assert.Empty(log);
    }

    private static InvocationContext Context(List<(LogLevel, string)> entries) =>
        new("request-1", "visit-queue", DateTimeOffset.UtcNow.AddMinutes(1), new ListLog(entries), CancellationToken.None);
}
