using LiveScore.Lambda.Catalog;
using Arena.Functions.Connections;
using Arena.Functions.Score;

namespace Arena.Functions;

/// <summary>Every function, table and topic of this application, gathered from the feature catalogs.</summary>
public static class AppCatalog
{
    public static IReadOnlyList<FunctionDefinition> Functions { get; } =
    [
        .. ConnectionsCatalog.Functions,
        .. ScoreCatalog.Functions,
    ];

    public static IReadOnlyList<TableDefinition> Tables { get; } =
    [
        .. SharedTables.All,
        .. ConnectionsCatalog.Tables,
        .. ScoreCatalog.Tables,
    ];

    public static IReadOnlyList<TopicDefinition> Topics { get; } =
    [
        .. ScoreCatalog.Topics,
    ];


    public static FunctionDefinition? Find(string handlerId) =>
        Functions.FirstOrDefault(f => string.Equals(f.Id, handlerId, StringComparison.Ordinal));
}
