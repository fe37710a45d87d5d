using LiveScore.Lambda.Aws;
using LiveScore.Lambda.Events;

namespace LiveScore.LocalCloud.Streams;

/// <summary>
/// A table's stream read through the DynamoDB Streams API. Every open shard is followed; a shard that closes is
/// read to its end before its child shards are started, which keeps each item's changes in order.
/// </summary>
public sealed class DynamoDbStreamSource : IStreamSource
{
    /// <summary>How often an idle stream is asked for new records.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly DynamoDbStreamsClient _client;
    private readonly string _streamArn;
    private readonly TimeProvider _clock;
    private readonly Func<Task>? _appended;
    private readonly List<ShardCursor> _cursors = [];
    private readonly HashSet<string> _startedShards = new(StringComparer.Ordinal);
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DynamoDbStreamRecord, string> _shardOf = [];

    private DynamoDbStreamSource(DynamoDbStreamsClient client, string streamArn, TimeProvider clock, Func<Task>? appended)
    {
        _client = client;
        _streamArn = streamArn;
        _clock = clock;
        _appended = appended;
    }

    /// <param name="fromTrimHorizon">Read every record still in the stream (a table created just now), rather than only later ones.</param>
    /// <param name="appended">
    /// Where the endpoint can tell (the embedded one): a task that completes at the next stream write, so an idle reader
    /// wakes at once instead of at its next poll.
    /// </param>
    public static async Task<DynamoDbStreamSource> OpenAsync(
        DynamoDbStreamsClient client, string streamArn, bool fromTrimHorizon, TimeProvider clock, CancellationToken cancellationToken,
        Func<Task>? appended = null)
    {
        var source = new DynamoDbStreamSource(client, streamArn, clock, appended);
        var shards = await source.DescribeShardsAsync(cancellationToken);
        var shardIds = shards.Select(s => s.ShardId).ToHashSet(StringComparer.Ordinal);
        var starts = fromTrimHorizon
            // The oldest shards first; their children start when they are read to the end.
            ? shards.Where(s => s.ParentShardId is null || !shardIds.Contains(s.ParentShardId)).Select(s => (s, "TRIM_HORIZON"))
            : shards.Where(s => s.SequenceNumberRange.EndingSequenceNumber is null).Select(s => (s, "LATEST"));
        foreach (var (shard, position) in starts)
        {
            await source.StartAsync(shard.ShardId, position, cancellationToken);
        }
        if (!fromTrimHorizon)
        {
            // Closed shards hold only changes from before a LATEST start: they must not be read later either.
            source._startedShards.UnionWith(shardIds);
        }
        return source;
    }

    public async Task<IReadOnlyList<DynamoDbStreamRecord>> ReadAsync(int max, TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = _clock.GetUtcNow() + wait;
        while (true)
        {
            // Taken before reading, so a write that lands after the read still wakes the wait below.
            var appended = _appended?.Invoke();
            var records = await ReadOnceAsync(max, cancellationToken);
            var left = deadline - _clock.GetUtcNow();
            if (records.Count > 0 || left <= TimeSpan.Zero)
            {
                return records;
            }
            var poll = Task.Delay(left < PollInterval ? left : PollInterval, _clock, cancellationToken);
            await (appended is null ? poll : Task.WhenAny(poll, appended));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    public string ShardIdOf(DynamoDbStreamRecord record) =>
        _shardOf.TryGetValue(record, out var shardId) ? shardId : throw new ArgumentException("The record was not read from this stream.", nameof(record));

    private async Task<IReadOnlyList<DynamoDbStreamRecord>> ReadOnceAsync(int max, CancellationToken cancellationToken)
    {
        if (_cursors.Count == 0)
        {
            await StartNewShardsAsync(parentShardId: null, cancellationToken);
        }
        var records = new List<DynamoDbStreamRecord>();
        foreach (var cursor in _cursors.ToList())
        {
            if (records.Count == max)
            {
                break;
            }
            var page = await GetRecordsAsync(cursor, max - records.Count, cancellationToken);
            foreach (var record in page.Records)
            {
                // Lambda adds the stream ARN to each record; the Streams API leaves it out.
                var delivered = record with { EventSourceArn = _streamArn };
                _shardOf.AddOrUpdate(delivered, cursor.ShardId);
                records.Add(delivered);
                cursor.LastSequenceNumber = record.Dynamodb.SequenceNumber;
            }
            if (page.NextShardIterator is { } next)
            {
                cursor.Iterator = next;
            }
            else
            {
                _cursors.Remove(cursor);
                await StartNewShardsAsync(cursor.ShardId, cancellationToken);
            }
        }
        return records;
    }

    private async Task<GetRecordsResponse> GetRecordsAsync(ShardCursor cursor, int limit, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.GetRecordsAsync(new GetRecordsRequest { ShardIterator = cursor.Iterator, Limit = limit }, cancellationToken);
        }
        catch (AwsServiceException e) when (e.ErrorCode is "ExpiredIteratorException" or "TrimmedDataAccessException")
        {
            // Iterators expire after 15 minutes, and records after 24 hours: carry on from the last record read, or the oldest one left.
            cursor.Iterator = e.ErrorCode == "ExpiredIteratorException" && cursor.LastSequenceNumber is { } last
                ? await IteratorAsync(cursor.ShardId, "AFTER_SEQUENCE_NUMBER", last, cancellationToken)
                : await IteratorAsync(cursor.ShardId, e.ErrorCode == "ExpiredIteratorException" ? cursor.StartPosition : "TRIM_HORIZON", null, cancellationToken);
            return await _client.GetRecordsAsync(new GetRecordsRequest { ShardIterator = cursor.Iterator, Limit = limit }, cancellationToken);
        }
    }

    /// <summary>Starts the children of a shard read to its end, or (without a parent) any shard not started yet.</summary>
    private async Task StartNewShardsAsync(string? parentShardId, CancellationToken cancellationToken)
    {
        foreach (var shard in await DescribeShardsAsync(cancellationToken))
        {
            if (!_startedShards.Contains(shard.ShardId) && (parentShardId is null || shard.ParentShardId == parentShardId))
            {
                await StartAsync(shard.ShardId, "TRIM_HORIZON", cancellationToken);
            }
        }
    }

    private async Task StartAsync(string shardId, string position, CancellationToken cancellationToken)
    {
        _startedShards.Add(shardId);
        _cursors.Add(new ShardCursor(shardId, position, await IteratorAsync(shardId, position, null, cancellationToken)));
    }

    private async Task<string> IteratorAsync(string shardId, string position, string? sequenceNumber, CancellationToken cancellationToken)
    {
        var response = await _client.GetShardIteratorAsync(new GetShardIteratorRequest
        {
            StreamArn = _streamArn,
            ShardId = shardId,
            ShardIteratorType = position,
            SequenceNumber = sequenceNumber,
        }, cancellationToken);
        return response.ShardIterator;
    }

    private async Task<IReadOnlyList<StreamShard>> DescribeShardsAsync(CancellationToken cancellationToken)
    {
        var shards = new List<StreamShard>();
        string? after = null;
        do
        {
            var page = await _client.DescribeStreamAsync(new DescribeStreamRequest { StreamArn = _streamArn, ExclusiveStartShardId = after }, cancellationToken);
            shards.AddRange(page.StreamDescription.Shards);
            after = page.StreamDescription.LastEvaluatedShardId;
        }
        while (after is not null);
        return shards;
    }

    private sealed class ShardCursor(string shardId, string startPosition, string iterator)
    {
        public string ShardId { get; } = shardId;
        public string StartPosition { get; } = startPosition;
        public string Iterator { get; set; } = iterator;
        public string? LastSequenceNumber { get; set; }
    }
}
