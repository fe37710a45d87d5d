using LiveScore.Lambda.Catalog;
using Arena.Functions.DataLake;

namespace Arena.Functions;

/// <summary>Every function, table and topic of this application, gathered from the feature catalogs.</summary>
public static class AppCatalog
{
    // Before Functions, which reads it: static properties are set in the order they are written.
    public static IReadOnlyList<BucketDefinition> Buckets { get; } =
    [
        .. DataLakeCatalog.Buckets,
    ];

    public static IReadOnlyList<FunctionDefinition> Functions { get; } =
    [
        .. DataLakeCatalog.Functions,
    ];

    public static IReadOnlyList<TableDefinition> Tables { get; } =
    [
        .. SharedTables.All,
        .. DataLakeCatalog.Tables,
    ];

    public static IReadOnlyList<TopicDefinition> Topics { get; } =
    [
    ];

    public static IReadOnlyList<QueueDefinition> Queues { get; } = [.. DataLakeCatalog.Queues];


    public static FunctionDefinition? Find(string handlerId) =>
        Functions.FirstOrDefault(f => string.Equals(f.Id, handlerId, StringComparison.Ordinal));
}
