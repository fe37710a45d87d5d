using System.Numerics;
using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using LiveScore.Lambda.Aws;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Streams;

namespace LiveScore.LocalCloud.Redrive;

/// <summary>What a redrive did: batches delivered (their failure records deleted), failed again, or gone from the stream.</summary>
public sealed record RedriveResult(int Redriven, int FailedAgain, int Expired);

/// <summary>
/// Replays the batches a stream mapping gave up on: reads each on-failure record from the failure queue, reads its
/// records back from the DynamoDB stream (they stay there for 24 hours), and invokes the function with them through the
/// Lambda Invoke API — the same function, code and event shape the mapping uses. A record is deleted from the queue only
/// once the function took the whole batch; one that fails again stays for the next redrive, and one whose records have
/// left the stream stays too, so nothing is dropped here.
/// </summary>
public sealed class StreamRedrive(IAmazonSQS queues, DynamoDbStreamsClient streams, LambdaInvoker lambda, TextWriter console)
{
    public async Task<RedriveResult> RunAsync(string queueUrl, string functionName, CancellationToken cancellationToken)
    {
        int redriven = 0, failedAgain = 0, expired = 0;
        // Kept messages stay hidden until the end, so this run looks at each once; then they are visible for the next.
        var kept = new List<Message>();
        while (true)
        {
            var received = await queues.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = queueUrl,
                MaxNumberOfMessages = 10,
                VisibilityTimeout = 300,
                // Long polling asks every SQS server: a short poll may answer "empty" while messages wait elsewhere.
                WaitTimeSeconds = 1,
            }, cancellationToken);
            if (received.Messages is not { Count: > 0 } messages)
            {
                break;
            }
            foreach (var message in messages)
            {
                var outcome = await ReplayAsync(message, functionName, cancellationToken);
                if (outcome == Outcome.Delivered)
                {
                    await queues.DeleteMessageAsync(queueUrl, message.ReceiptHandle, cancellationToken);
                    redriven++;
                    continue;
                }
                kept.Add(message);
                if (outcome == Outcome.FailedAgain)
                {
                    failedAgain++;
                }
                else
                {
                    expired++;
                }
            }
        }
        foreach (var message in kept)
        {
            await queues.ChangeMessageVisibilityAsync(queueUrl, message.ReceiptHandle, 0, cancellationToken);
        }
        return new RedriveResult(redriven, failedAgain, expired);
    }

    private enum Outcome { Delivered, FailedAgain, Expired }

    private async Task<Outcome> ReplayAsync(Message message, string functionName, CancellationToken cancellationToken)
    {
        var info = Read(message.Body)?.BatchInfo;
        if (info is null)
        {
            console.WriteLine($"{message.MessageId}: not a stream on-failure record; left in the queue.");
            return Outcome.FailedAgain;
        }
        var records = await ReadRecordsAsync(info, cancellationToken);
        if (records.Count == 0)
        {
            console.WriteLine($"{message.MessageId}: records {info.StartSequenceNumber}..{info.EndSequenceNumber} are no longer in the stream (kept 24 hours); left in the queue.");
            return Outcome.Expired;
        }
        var payload = JsonSerializer.SerializeToUtf8Bytes(new DynamoDbStreamEvent { Records = records }, HostingJsonContext.Default.DynamoDbStreamEvent);
        var result = await lambda.InvokeAsync(functionName, payload, cancellationToken);
        var failures = result.FunctionError is null ? ReportedFailures(result.Payload) : -1;
        if (failures != 0)
        {
            console.WriteLine($"{message.MessageId}: {records.Count} record(s) failed again ({result.FunctionError ?? $"{failures} reported"}: {result.Payload}); left in the queue.");
            return Outcome.FailedAgain;
        }
        console.WriteLine($"{message.MessageId}: {records.Count} record(s) delivered to {functionName}.");
        return Outcome.Delivered;
    }

    /// <summary>The records from the start to the end sequence number of the batch, as the mapping sent them.</summary>
    private async Task<List<DynamoDbStreamRecord>> ReadRecordsAsync(StreamBatchInfo info, CancellationToken cancellationToken)
    {
        var end = BigInteger.Parse(info.EndSequenceNumber, System.Globalization.CultureInfo.InvariantCulture);
        var records = new List<DynamoDbStreamRecord>();
        string? iterator;
        try
        {
            iterator = (await streams.GetShardIteratorAsync(new GetShardIteratorRequest
            {
                StreamArn = info.StreamArn,
                ShardId = info.ShardId,
                ShardIteratorType = "AT_SEQUENCE_NUMBER",
                SequenceNumber = info.StartSequenceNumber,
            }, cancellationToken)).ShardIterator;
        }
        catch (AwsServiceException e) when (e.ErrorCode is "TrimmedDataAccessException" or "ResourceNotFoundException")
        {
            return records;
        }
        while (iterator is not null && records.Count < info.BatchSize)
        {
            var page = await streams.GetRecordsAsync(new GetRecordsRequest { ShardIterator = iterator, Limit = info.BatchSize - records.Count }, cancellationToken);
            foreach (var record in page.Records)
            {
                if (BigInteger.Parse(record.Dynamodb.SequenceNumber, System.Globalization.CultureInfo.InvariantCulture) > end)
                {
                    return records;
                }
                records.Add(record with { EventSourceArn = info.StreamArn });
            }
            iterator = page.Records.Count == 0 ? null : page.NextShardIterator;
        }
        return records;
    }

    private static StreamFailureRecord? Read(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, StreamsJsonContext.Default.StreamFailureRecord);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>How many records the function reported as failed; a batch response it did not give counts as none.</summary>
    private static int ReportedFailures(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize(payload, HostingJsonContext.Default.BatchResponse)?.BatchItemFailures?.Count ?? 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }
}
