using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Streams;

using Item = IReadOnlyDictionary<string, AttributeValue>;

/// <summary>One change captured on a table's stream, with both images; the view type decides which are sent.</summary>
internal sealed record StreamRecord(
    long SequenceNumber,
    string EventId,
    string EventName,
    DateTimeOffset CreatedAt,
    Item Keys,
    Item? OldImage,
    Item? NewImage);
