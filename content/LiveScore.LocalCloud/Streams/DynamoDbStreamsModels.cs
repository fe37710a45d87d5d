using System.Text.Json.Serialization;
using LiveScore.Lambda.Events;

namespace LiveScore.LocalCloud.Streams;

// The parts of the DynamoDB Streams API (2012-08-10, JSON protocol) that reading a table's stream needs.

public sealed record DescribeStreamRequest
{
    public string StreamArn { get; init; } = "";
    public string? ExclusiveStartShardId { get; init; }
}

public sealed record DescribeStreamResponse
{
    public StreamDescription StreamDescription { get; init; } = new();
}

public sealed record StreamDescription
{
    public string StreamArn { get; init; } = "";
    public string? StreamStatus { get; init; }
    public IReadOnlyList<StreamShard> Shards { get; init; } = [];

    /// <summary>Set when more shards follow: pass it as <see cref="DescribeStreamRequest.ExclusiveStartShardId"/>.</summary>
    public string? LastEvaluatedShardId { get; init; }
}

public sealed record StreamShard
{
    public string ShardId { get; init; } = "";
    public string? ParentShardId { get; init; }
    public SequenceNumberRange SequenceNumberRange { get; init; } = new();
}

public sealed record SequenceNumberRange
{
    public string? StartingSequenceNumber { get; init; }

    /// <summary>Set once the shard is closed: it takes no more records.</summary>
    public string? EndingSequenceNumber { get; init; }
}

public sealed record GetShardIteratorRequest
{
    public string StreamArn { get; init; } = "";
    public string ShardId { get; init; } = "";

    /// <summary>TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER.</summary>
    public string ShardIteratorType { get; init; } = "";
    public string? SequenceNumber { get; init; }
}

public sealed record GetShardIteratorResponse
{
    public string ShardIterator { get; init; } = "";
}

public sealed record GetRecordsRequest
{
    public string ShardIterator { get; init; } = "";
    public int Limit { get; init; }
}

/// <summary>The records have the shape of Lambda's stream event records, without <c>eventSourceARN</c>.</summary>
public sealed record GetRecordsResponse
{
    public IReadOnlyList<DynamoDbStreamRecord> Records { get; init; } = [];

    /// <summary>Null once the shard is closed and read to its end.</summary>
    public string? NextShardIterator { get; init; }
}

/// <summary>The JSON protocol's error document: <c>{"__type":"…#ExpiredIteratorException","message":"…"}</c>.</summary>
public sealed record StreamsServiceError
{
    [JsonPropertyName("__type")]
    public string? Type { get; init; }
    public string? Message { get; init; }

    /// <summary>The error code: the part of <c>__type</c> after the '#'.</summary>
    public string? Code => Type?[(Type.LastIndexOf('#') + 1)..];
}
