using System.Text.Json;
using Arena.Functions.Hosting.Events;

namespace Arena.Functions.Hosting.Streams;

/// <summary>
/// Processes a DynamoDB stream batch in order and reports partial failures. It stops at the first failing record:
/// Lambda retries from that record's sequence number, which keeps every item's changes in order.
/// </summary>
public static class StreamBatch
{
    public static async Task<byte[]> ProcessAsync(
        ReadOnlyMemory<byte> eventJson,
        InvocationContext context,
        Func<DynamoDbStreamRecord, CancellationToken, Task> processRecord)
    {
        var batch = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.DynamoDbStreamEvent)
            ?? throw new JsonException("The stream event is null.");
        var failures = new List<BatchItemFailure>();
        foreach (var record in batch.Records)
        {
            try
            {
                await processRecord(record, context.CancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
            {
                context.Log.Write(LogLevel.Error, "Stream record failed; the batch resumes from it.",
                    [new("eventId", record.EventId), new("sequenceNumber", record.Dynamodb.SequenceNumber)], e);
                failures.Add(new BatchItemFailure { ItemIdentifier = record.Dynamodb.SequenceNumber });
                break;
            }
        }
        return JsonSerializer.SerializeToUtf8Bytes(new BatchResponse { BatchItemFailures = failures }, HostingJsonContext.Default.BatchResponse);
    }
}
