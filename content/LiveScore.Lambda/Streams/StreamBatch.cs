using System.Collections.Concurrent;
using System.Text.Json;
using LiveScore.Lambda.Events;

namespace LiveScore.Lambda.Streams;

/// <summary>
/// Processes a DynamoDB stream batch and reports partial failures. Records of one item run in order; different items
/// run side by side. On a failure, the lowest failed sequence number is reported: Lambda redelivers from there, so
/// records after it that already succeeded come again — record processing must be idempotent (the
/// delivery ledger makes the features' side effects so).
/// </summary>
public static class StreamBatch
{
    /// <summary>Items processed at the same time; each one's records stay in order.</summary>
    public const int MaxParallelItems = 8;

    /// <summary>Runs <paramref name="processRecord"/> over every record of a DynamoDB stream event.</summary>
    /// <param name="processRecord">Processes one record; an exception marks it failed.</param>
    /// <returns>The <see cref="BatchResponse"/> JSON to return to Lambda.</returns>
    public static async Task<byte[]> ProcessAsync(
        ReadOnlyMemory<byte> eventJson,
        InvocationContext context,
        Func<DynamoDbStreamRecord, CancellationToken, Task> processRecord)
    {
        var batch = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.DynamoDbStreamEvent)
            ?? throw new JsonException("The stream event is null.");
        var failed = new ConcurrentBag<int>();
        var items = batch.Records.Select((record, position) => (record, position)).GroupBy(r => ItemKey(r.record), StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            items,
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelItems, CancellationToken = context.CancellationToken },
            async (item, token) =>
            {
                foreach (var (record, position) in item)
                {
                    try
                    {
                        await processRecord(record, token);
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
                    {
                        context.Log.Write(LogLevel.Error, "Stream record failed; the batch resumes from it.",
                            [new("eventId", record.EventId), new("sequenceNumber", record.Dynamodb.SequenceNumber)], e);
                        failed.Add(position);
                        // Later changes of this item must wait for this one.
                        break;
                    }
                }
            });
        if (!failed.IsEmpty)
        {
            context.Log.Count("FailedRecords", failed.Count);
        }
        BatchItemFailure[] failures = failed.IsEmpty
            ? []
            : [new BatchItemFailure { ItemIdentifier = batch.Records[failed.Min()].Dynamodb.SequenceNumber }];
        return JsonSerializer.SerializeToUtf8Bytes(new BatchResponse { BatchItemFailures = failures }, HostingJsonContext.Default.BatchResponse);
    }

    private static string ItemKey(DynamoDbStreamRecord record) =>
        string.Join('\u001f', record.Dynamodb.Keys.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}={k.Value.S}{k.Value.N}{k.Value.B}"));
}
