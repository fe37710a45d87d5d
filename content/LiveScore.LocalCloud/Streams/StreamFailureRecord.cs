using System.Text.Json.Serialization;

namespace LiveScore.LocalCloud.Streams;

/// <summary>
/// What Lambda sends to a stream mapping's on-failure destination when a batch runs out of retries: where the records
/// are in the stream, not the records themselves (they stay in the stream for 24 hours).
/// </summary>
public sealed record StreamFailureRecord
{
    [JsonPropertyName("requestContext")]
    public FailureRequestContext RequestContext { get; init; } = new();

    [JsonPropertyName("responseContext")]
    public FailureResponseContext ResponseContext { get; init; } = new();

    [JsonPropertyName("version")]
    public string Version { get; init; } = "1.0";

    [JsonPropertyName("timestamp")]
    public string Timestamp { get; init; } = "";

    [JsonPropertyName("DDBStreamBatchInfo")]
    public StreamBatchInfo? BatchInfo { get; init; }
}

public sealed record FailureRequestContext
{
    [JsonPropertyName("requestId")]
    public string RequestId { get; init; } = "";

    [JsonPropertyName("functionArn")]
    public string FunctionArn { get; init; } = "";

    /// <summary><c>RetryAttemptsExhausted</c>, <c>RecordAgeExceeded</c> or <c>RetryAttemptsExhaustedOrRecordAgeExceeded</c>.</summary>
    [JsonPropertyName("condition")]
    public string Condition { get; init; } = "";

    [JsonPropertyName("approximateInvokeCount")]
    public int ApproximateInvokeCount { get; init; }
}

public sealed record FailureResponseContext
{
    [JsonPropertyName("statusCode")]
    public int StatusCode { get; init; }

    [JsonPropertyName("executedVersion")]
    public string ExecutedVersion { get; init; } = "$LATEST";

    [JsonPropertyName("functionError")]
    public string? FunctionError { get; init; }
}

public sealed record StreamBatchInfo
{
    [JsonPropertyName("shardId")]
    public string ShardId { get; init; } = "";

    [JsonPropertyName("startSequenceNumber")]
    public string StartSequenceNumber { get; init; } = "";

    [JsonPropertyName("endSequenceNumber")]
    public string EndSequenceNumber { get; init; } = "";

    [JsonPropertyName("approximateArrivalOfFirstRecord")]
    public string? ApproximateArrivalOfFirstRecord { get; init; }

    [JsonPropertyName("approximateArrivalOfLastRecord")]
    public string? ApproximateArrivalOfLastRecord { get; init; }

    [JsonPropertyName("batchSize")]
    public int BatchSize { get; init; }

    [JsonPropertyName("streamArn")]
    public string StreamArn { get; init; } = "";
}
