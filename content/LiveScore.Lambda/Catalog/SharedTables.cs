namespace LiveScore.Lambda.Catalog;

/// <summary>Tables that belong to the plumbing rather than to one feature.</summary>
public static class SharedTables
{
    /// <summary>Remembers which stream records already produced a notification or push, so a retried batch sends nothing twice.</summary>
    public static readonly TableDefinition Deliveries = new("Deliveries", new KeyAttribute("deliveryId", KeyType.String))
    {
        TimeToLiveAttribute = "expiresAt",
    };

    /// <summary>Every shared table, for the deployment and the local cloud to create.</summary>
    public static IReadOnlyList<TableDefinition> All { get; } = [Deliveries];
}
