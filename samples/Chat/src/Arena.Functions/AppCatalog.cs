using LiveScore.Lambda.Catalog;
using Arena.Functions.Connections;
using Arena.Functions.Chat;

namespace Arena.Functions;

/// <summary>Every function, table and topic of this application, gathered from the feature catalogs.</summary>
public static class AppCatalog
{
    /// <summary>The pages (web/), served through CloudFront when deployed; locally the local cloud serves web/ itself.</summary>
    public static readonly BucketDefinition Site = new("Site");

    // Before Functions, which reads it: static members are set in the order they are written.
    public static IReadOnlyList<BucketDefinition> Buckets { get; } =
    [
        Site,
    ];

    public static IReadOnlyList<FunctionDefinition> Functions { get; } =
    [
        .. ConnectionsCatalog.Functions,
        .. ChatCatalog.Functions,
    ];

    public static IReadOnlyList<TableDefinition> Tables { get; } =
    [
        .. SharedTables.All,
        .. ConnectionsCatalog.Tables,
    ];

    public static IReadOnlyList<TopicDefinition> Topics { get; } =
    [
    ];

    public static FunctionDefinition? Find(string handlerId) =>
        Functions.FirstOrDefault(f => string.Equals(f.Id, handlerId, StringComparison.Ordinal));
}
