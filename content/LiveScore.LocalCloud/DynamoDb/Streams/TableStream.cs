using System.Globalization;
using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Streams;

using Item = IReadOnlyDictionary<string, AttributeValue>;

/// <summary>
/// The stream of one table: a single shard holding the newest records, oldest first.
/// Sequence numbers come from an engine-wide counter so they only grow, also across tables.
/// </summary>
internal sealed class TableStream(string arn, string label, string viewType, string tableName, KeySchema key, DateTimeOffset createdAt, long firstSequenceNumber)
{
    /// <summary>Bounds memory when nobody reads the stream; DynamoDB keeps 24 hours, a local run keeps this many records.</summary>
    public const int Retention = 100_000;

    private readonly List<StreamRecord> records = [];

    public string Arn { get; } = arn;
    public string Label { get; } = label;
    public string ViewType { get; } = viewType;
    public string TableName { get; } = tableName;
    public KeySchema Key { get; } = key;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public long FirstSequenceNumber { get; } = firstSequenceNumber;

    public string ShardId { get; } =
        $"shardId-{createdAt.ToUnixTimeMilliseconds():D20}-{(uint)StringComparer.Ordinal.GetHashCode(arn):x8}";

    public void Append(StreamRecord record)
    {
        records.Add(record);
        // Trimming in chunks keeps appends amortised O(1).
        if (records.Count > Retention + Retention / 10) records.RemoveRange(0, records.Count - Retention);
    }

    public long OldestAvailable => records.Count > 0 ? records[0].SequenceNumber : FirstSequenceNumber;

    /// <summary>Up to limit records with a sequence number at or after the given one.</summary>
    public IReadOnlyList<StreamRecord> ReadFrom(long sequenceNumber, int limit)
    {
        var lo = 0;
        var hi = records.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (records[mid].SequenceNumber < sequenceNumber) lo = mid + 1;
            else hi = mid;
        }
        return records.GetRange(lo, Math.Min(limit, records.Count - lo));
    }

    /// <summary>Fixed width so that comparing the text gives the numeric order, as consumers often do.</summary>
    public static string FormatSequenceNumber(long sequenceNumber) =>
        sequenceNumber.ToString("D21", CultureInfo.InvariantCulture);

    public static Item? ImageFor(string viewType, Item? image, bool isNew) => viewType switch
    {
        "NEW_AND_OLD_IMAGES" => image,
        "NEW_IMAGE" when isNew => image,
        "OLD_IMAGE" when !isNew => image,
        _ => null,
    };
}
