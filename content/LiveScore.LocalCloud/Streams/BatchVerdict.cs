using System.Text;
using System.Text.Json;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Lambda;

namespace LiveScore.LocalCloud.Streams;

/// <summary>
/// What an invocation's result means for a stream batch, read as Lambda reads it with ReportBatchItemFailures:
/// the records before the lowest reported sequence number are done; a function error, an unreadable response or an
/// item identifier that is empty or not in the batch fail the whole batch.
/// </summary>
public sealed record BatchVerdict(int Completed, bool WholeBatchFailed, string? Reason)
{
    private const int MaxReasonLength = 500;

    public bool Succeeded => Reason is null;

    public static BatchVerdict Of(InvocationOutcome outcome, IReadOnlyList<DynamoDbStreamRecord> batch)
    {
        if (!outcome.Succeeded)
        {
            return WholeBatch($"function error {outcome.ErrorType}: {ErrorMessage(outcome.Payload)}");
        }
        var text = Encoding.UTF8.GetString(outcome.Payload).Trim();
        // No response at all (or null) is a complete success, as in Lambda.
        if (text.Length == 0 || text == "null")
        {
            return new BatchVerdict(batch.Count, false, null);
        }
        BatchResponse? response;
        try
        {
            response = JsonSerializer.Deserialize(text, HostingJsonContext.Default.BatchResponse);
        }
        catch (JsonException)
        {
            return WholeBatch($"the response is not a batch response: {Shorten(text)}");
        }
        var failures = response?.BatchItemFailures ?? [];
        if (failures.Count == 0)
        {
            return new BatchVerdict(batch.Count, false, null);
        }
        var lowest = batch.Count;
        foreach (var failure in failures)
        {
            if (string.IsNullOrEmpty(failure.ItemIdentifier))
            {
                return WholeBatch("a batchItemFailures entry has an empty itemIdentifier");
            }
            var index = IndexOf(batch, failure.ItemIdentifier);
            if (index < 0)
            {
                return WholeBatch($"the itemIdentifier '{Shorten(failure.ItemIdentifier)}' is not a sequence number of the batch");
            }
            lowest = Math.Min(lowest, index);
        }
        return new BatchVerdict(lowest, false, $"the function reported sequence number {batch[lowest].Dynamodb.SequenceNumber} as failed");
    }

    private static BatchVerdict WholeBatch(string reason) => new(0, true, reason);

    private static int IndexOf(IReadOnlyList<DynamoDbStreamRecord> batch, string sequenceNumber)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i].Dynamodb.SequenceNumber == sequenceNumber)
            {
                return i;
            }
        }
        return -1;
    }

    private static string ErrorMessage(byte[] payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("errorMessage", out var message)
                && message.ValueKind == JsonValueKind.String)
            {
                return Shorten(message.GetString()!);
            }
        }
        catch (JsonException)
        {
            // Not the runtime's error document: the raw text says more than nothing.
        }
        return Shorten(Encoding.UTF8.GetString(payload));
    }

    private static string Shorten(string text) => text.Length <= MaxReasonLength ? text : text[..MaxReasonLength] + "…";
}
