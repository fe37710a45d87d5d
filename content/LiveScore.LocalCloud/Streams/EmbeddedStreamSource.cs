using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Tables;

namespace LiveScore.LocalCloud.Streams;

/// <summary>
/// Reads an embedded table's stream from its oldest record (TRIM_HORIZON): the tables are created with the local
/// cloud, so no change made through it is missed. Each source keeps its own position.
/// </summary>
public sealed class EmbeddedStreamSource(EmbeddedStream stream) : IStreamSource
{
    private long _position;

    public async Task<IReadOnlyList<DynamoDbStreamRecord>> ReadAsync(int max, TimeSpan wait, CancellationToken cancellationToken)
    {
        var records = stream.Read(ref _position, max);
        if (records.Count > 0)
        {
            return records;
        }
        await stream.WaitAsync(_position, wait, cancellationToken);
        return stream.Read(ref _position, max);
    }
}
