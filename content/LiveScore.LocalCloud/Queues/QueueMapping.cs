using System.Text.Json;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Lambda;
using LiveScore.LocalCloud.Sqs;

namespace LiveScore.LocalCloud.Queues;

/// <summary>
/// An SQS event source mapping as Lambda runs it: long-polls the queue, invokes the function with a batch, deletes the
/// messages that succeeded (all of them, or all but the partial batch response's failures). A failed message stays
/// hidden for the queue's visibility timeout and comes back; the queue's redrive policy moves it to the dead-letter
/// queue after maxReceiveCount receives.
/// </summary>
public sealed class QueueMapping(FunctionDefinition function, QueueSource source, SqsEngine sqs, LambdaService lambda, string region, TextWriter console, TimeProvider clock)
{
    /// <summary>The longest long poll SQS allows; a stop ends it at once.</summary>
    private const int WaitTimeSeconds = 20;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var batch = await ReceiveBatchAsync(cancellationToken);
                if (batch.Count > 0)
                {
                    await DeliverAsync(batch, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The mapping keeps running, as Lambda's does; the messages come back after their visibility timeout.
                await console.WriteLineAsync($"SQS mapping {source.Queue} → {function.Id} failed: {e.Message}");
            }
        }
    }

    private async Task<List<SqsReceivedMessage>> ReceiveBatchAsync(CancellationToken cancellationToken)
    {
        var batch = new List<SqsReceivedMessage>(await sqs.ReceiveMessagesAsync(source.Queue, source.BatchSize, waitTimeSeconds: WaitTimeSeconds, cancellationToken: cancellationToken));
        if (batch.Count == 0 || source.MaxBatchingWindowSeconds == 0)
        {
            return batch;
        }
        // Gathers more for up to the batching window, as long as the batch is not full.
        var windowEnd = clock.GetUtcNow() + TimeSpan.FromSeconds(source.MaxBatchingWindowSeconds);
        while (batch.Count < source.BatchSize && clock.GetUtcNow() < windowEnd)
        {
            var wait = (int)Math.Ceiling((windowEnd - clock.GetUtcNow()).TotalSeconds);
            batch.AddRange(await sqs.ReceiveMessagesAsync(source.Queue, source.BatchSize - batch.Count, waitTimeSeconds: Math.Clamp(wait, 0, WaitTimeSeconds), cancellationToken: cancellationToken));
        }
        return batch;
    }

    private async Task DeliverAsync(List<SqsReceivedMessage> batch, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(ToEvent(batch), HostingJsonContext.Default.SqsEvent);
        var outcome = await lambda.InvokeAsync(function.Id, payload, $"SQS {source.Queue} ({batch.Count})", cancellationToken);
        if (!outcome.Succeeded)
        {
            // The whole batch failed: every message comes back after its visibility timeout.
            return;
        }
        var failed = FailedIds(outcome.Payload);
        foreach (var message in batch.Where(m => !failed.Contains(m.MessageId)))
        {
            sqs.DeleteMessage(source.Queue, message.ReceiptHandle);
        }
    }

    /// <summary>The partial batch response's message ids; a result that is not one (or empty) means success.</summary>
    private static HashSet<string> FailedIds(byte[] payload)
    {
        try
        {
            var response = JsonSerializer.Deserialize(payload, HostingJsonContext.Default.BatchResponse);
            return [.. response?.BatchItemFailures.Select(f => f.ItemIdentifier) ?? []];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private SqsEvent ToEvent(List<SqsReceivedMessage> batch) => new()
    {
        Records = [.. batch.Select(m => new LiveScore.Lambda.Events.SqsMessage
        {
            MessageId = m.MessageId,
            ReceiptHandle = m.ReceiptHandle,
            Body = m.Body,
            Attributes = m.Attributes,
            MessageAttributes = m.MessageAttributes.ToDictionary(a => a.Key, a => new LiveScore.Lambda.Events.SqsMessageAttribute
            {
                DataType = a.Value.DataType,
                StringValue = a.Value.StringValue,
                BinaryValue = a.Value.BinaryValue is { } binary ? Convert.ToBase64String(binary) : null,
            }),
            Md5OfBody = m.Md5OfBody,
            EventSource = "aws:sqs",
            EventSourceArn = sqs.QueueArn(source.Queue),
            AwsRegion = region,
        })],
    };
}
