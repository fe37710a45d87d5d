using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// The partial batch response of stream and queue consumers (the event source mapping needs
/// <c>ReportBatchItemFailures</c>). An empty list means the whole batch succeeded.
/// </summary>
public sealed record BatchResponse
{
    /// <summary>The items to report as failed; empty when every item succeeded.</summary>
    [JsonPropertyName("batchItemFailures")]
    public IReadOnlyList<BatchItemFailure> BatchItemFailures { get; set; } = [];
}
