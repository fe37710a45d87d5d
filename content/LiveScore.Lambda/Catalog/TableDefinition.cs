namespace LiveScore.Lambda.Catalog;

/// <summary>The type of a key attribute, as DynamoDB declares it.</summary>
public enum KeyType
{
    /// <summary>DynamoDB type <c>S</c>.</summary>
    String,

    /// <summary>DynamoDB type <c>N</c>.</summary>
    Number,
}

/// <summary>A key attribute of a table or index.</summary>
/// <param name="Name">The attribute name.</param>
/// <param name="Type">The attribute's DynamoDB type.</param>
public sealed record KeyAttribute(string Name, KeyType Type);

/// <summary>A global secondary index, projecting all attributes.</summary>
/// <param name="Name">The index name that queries use.</param>
/// <param name="PartitionKey">The index's partition key.</param>
/// <param name="SortKey">The index's sort key; null for none.</param>
public sealed record IndexDefinition(string Name, KeyAttribute PartitionKey, KeyAttribute? SortKey);

/// <summary>A DynamoDB table as deployed (CDK) and as emulated (local cloud).</summary>
/// <param name="Name">The table's name in the catalog; the deployed table's physical name reaches functions through a binding.</param>
/// <param name="PartitionKey">The table's partition key.</param>
public sealed record TableDefinition(string Name, KeyAttribute PartitionKey)
{
    /// <summary>The table's sort key; null when items are keyed by the partition key alone.</summary>
    public KeyAttribute? SortKey { get; init; }
    /// <summary>Whether the table has a DynamoDB stream, with new and old images, for stream-triggered functions.</summary>
    public bool Stream { get; init; }
    /// <summary>The attribute holding an item's expiry time in Unix epoch seconds, after which DynamoDB deletes it; null for none.</summary>
    public string? TimeToLiveAttribute { get; init; }
    /// <summary>The table's global secondary indexes.</summary>
    public IReadOnlyList<IndexDefinition> Indexes { get; init; } = [];
}

/// <summary>An SNS topic; its email subscription address is a deployment parameter.</summary>
/// <param name="Name">The topic's name in the catalog.</param>
/// <param name="EmailParameter">The deployment parameter that holds the email address to subscribe.</param>
/// <param name="Description">What the notifications are about; the topic's display name.</param>
public sealed record TopicDefinition(string Name, string EmailParameter, string Description);

/// <summary>
/// A standard SQS queue with a dead-letter queue of its own: a message received <see cref="MaxReceiveCount"/> times
/// without being deleted moves there.
/// </summary>
/// <param name="Name">The queue's name in the catalog.</param>
public sealed record QueueDefinition(string Name)
{
    /// <summary>How long a received message stays hidden from other receivers, in seconds; at least the consumer's timeout.</summary>
    public int VisibilityTimeoutSeconds { get; init; } = 60;
    /// <summary>Receives after which an undeleted message moves to the dead-letter queue.</summary>
    public int MaxReceiveCount { get; init; } = 3;
    /// <summary>The catalog name of the dead-letter queue.</summary>
    public string DeadLetterQueueName => Name + "-dlq";
}

/// <summary>
/// An S3 bucket: private, encrypted, TLS only when deployed. Locally it is a folder of the local cloud's S3 endpoint
/// named <see cref="LocalName"/>.
/// </summary>
/// <param name="Name">The bucket's name in the catalog; the deployed bucket's physical name reaches functions through a binding.</param>
public sealed record BucketDefinition(string Name)
{
    /// <summary>Whether the bucket keeps every version of its objects.</summary>
    public bool Versioned { get; init; }
    /// <summary>
    /// Whether objects move to cheaper storage as they age (Infrequent Access after 30 days, Glacier after 90): for data
    /// kept for analysis or audit, never for objects served to visitors.
    /// </summary>
    public bool Archive { get; init; }
    /// <summary>The bucket's name in the local cloud: the catalog name in lower case, as S3 bucket names must be.</summary>
    public string LocalName => Name.ToLowerInvariant();
}
