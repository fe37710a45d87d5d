using LiveScore.Lambda.Events;

namespace LiveScore.LocalCloud.Streams;

/// <summary>A table's change stream read forward, in order: the embedded stream, or DynamoDB Streams at an endpoint.</summary>
public interface IStreamSource
{
    /// <summary>
    /// Up to <paramref name="max"/> records that follow the ones returned before. Waits at most <paramref name="wait"/>
    /// for a record when none is ready; returns an empty list when none came.
    /// </summary>
    Task<IReadOnlyList<DynamoDbStreamRecord>> ReadAsync(int max, TimeSpan wait, CancellationToken cancellationToken);

    /// <summary>The shard a record returned by <see cref="ReadAsync"/> was read from.</summary>
    string ShardIdOf(DynamoDbStreamRecord record);
}
