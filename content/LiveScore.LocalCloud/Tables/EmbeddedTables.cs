using LiveScore.Lambda.Catalog;

namespace LiveScore.LocalCloud.Tables;

/// <summary>Every table of the catalog, in memory: the local cloud's default DynamoDB.</summary>
public sealed class EmbeddedTables(IEnumerable<TableDefinition> definitions, TimeProvider clock)
{
    private readonly Dictionary<string, EmbeddedTable> _tables =
        definitions.ToDictionary(d => d.Name, d => new EmbeddedTable(d, clock), StringComparer.Ordinal);

    public EmbeddedTable this[string name] =>
        _tables.TryGetValue(name, out var table)
            ? table
            : throw new KeyNotFoundException($"No table named '{name}'; the catalog has {string.Join(", ", _tables.Keys)}.");
}
