using LiveScore.Lambda.Catalog;
using Arena.Functions.Orders;

namespace Arena.Functions;

/// <summary>Every function, table and topic of this application, gathered from the feature catalogs.</summary>
public static class AppCatalog
{
    public static IReadOnlyList<FunctionDefinition> Functions { get; } =
    [
        .. OrderCatalog.Functions,
    ];

    public static IReadOnlyList<TableDefinition> Tables { get; } =
    [
        .. SharedTables.All,
        .. OrderCatalog.Tables,
    ];

    public static IReadOnlyList<TopicDefinition> Topics { get; } =
    [
        .. OrderCatalog.Topics,
    ];


    public static FunctionDefinition? Find(string handlerId) =>
        Functions.FirstOrDefault(f => string.Equals(f.Id, handlerId, StringComparison.Ordinal));
}
