using System.Collections.Concurrent;
using System.Text.Json;
using LiveScore.Lambda.Events;

namespace LiveScore.Lambda.Queues;

/// <summary>
/// Processes an SQS batch and reports each failed message (partial batch response): the mapping deletes the others,
/// and a failed message comes back after its visibility timeout, to the dead-letter queue once it has been received
/// maxReceiveCount times. A message can come more than once — processing must be idempotent, e.g. keyed by its id.
/// </summary>
public static class QueueBatch
{
    /// <summary>Messages processed at the same time; a standard queue keeps no order.</summary>
    public const int MaxParallelMessages = 8;

    /// <summary>Runs <paramref name="processMessage"/> over every message of an SQS event.</summary>
    /// <param name="processMessage">Processes one message; an exception marks it failed.</param>
    /// <returns>The <see cref="BatchResponse"/> JSON to return to Lambda.</returns>
    public static async Task<byte[]> ProcessAsync(
        ReadOnlyMemory<byte> eventJson,
        InvocationContext context,
        Func<SqsMessage, CancellationToken, Task> processMessage)
    {
        var batch = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.SqsEvent)
            ?? throw new JsonException("The SQS event is null.");
        var failed = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(
            batch.Records,
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelMessages, CancellationToken = context.CancellationToken },
            async (message, token) =>
            {
                try
                {
                    await processMessage(message, token);
                }
                catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    context.Log.Write(LogLevel.Error, "Message failed; it will be received again.",
                        [new("messageId", message.MessageId), new("receiveCount", message.ReceiveCount.ToString(System.Globalization.CultureInfo.InvariantCulture))], e);
                    failed.Add(message.MessageId);
                }
            });
        // In the order of the batch, which makes the response easy to read in logs.
        if (!failed.IsEmpty)
        {
            context.Log.Count("FailedMessages", failed.Count);
        }
        var failures = batch.Records.Where(m => failed.Contains(m.MessageId)).Select(m => new BatchItemFailure { ItemIdentifier = m.MessageId }).ToList();
        return JsonSerializer.SerializeToUtf8Bytes(new BatchResponse { BatchItemFailures = failures }, HostingJsonContext.Default.BatchResponse);
    }
}
