namespace LiveScore.Lambda.Catalog;

public enum KeyType { String, Number }

public sealed record KeyAttribute(string Name, KeyType Type);

public sealed record IndexDefinition(string Name, KeyAttribute PartitionKey, KeyAttribute? SortKey);

/// <summary>A DynamoDB table as deployed (CDK) and as emulated (local cloud).</summary>
public sealed record TableDefinition(string Name, KeyAttribute PartitionKey)
{
    public KeyAttribute? SortKey { get; init; }
    public bool Stream { get; init; }
    public string? TimeToLiveAttribute { get; init; }
    public IReadOnlyList<IndexDefinition> Indexes { get; init; } = [];
}

/// <summary>An SNS topic; its email subscription address is a deployment parameter.</summary>
public sealed record TopicDefinition(string Name, string EmailParameter, string Description);
