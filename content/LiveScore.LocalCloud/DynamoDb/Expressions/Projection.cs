using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Expressions;

/// <summary>
/// Keeps only the given document paths of an item, preserving the nesting: a.b yields {a:{b}}, l[1] yields {l:[element 1]}.
/// Used for ProjectionExpression and for the UPDATED_OLD / UPDATED_NEW return values.
/// </summary>
internal sealed class Projection
{
    private readonly Dictionary<string, Projection> names = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, Projection> indexes = [];
    private bool whole;

    public Projection(IEnumerable<DocumentPath> paths)
    {
        foreach (var path in paths)
        {
            var node = this;
            foreach (var element in path.Elements)
            {
                var children = element.IsIndex ? null : node.names;
                node = element.IsIndex
                    ? (node.indexes.TryGetValue(element.Index, out var byIndex) ? byIndex : node.indexes[element.Index] = new Projection([]))
                    : (children!.TryGetValue(element.Name!, out var byName) ? byName : children[element.Name!] = new Projection([]));
            }
            node.whole = true;
        }
    }

    public Dictionary<string, AttributeValue> Apply(IReadOnlyDictionary<string, AttributeValue> item)
    {
        var result = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        foreach (var (name, node) in names)
            if (item.TryGetValue(name, out var value) && node.Extract(value) is { } kept) result[name] = kept;
        return result;
    }

    private AttributeValue? Extract(AttributeValue value)
    {
        if (whole) return value;
        if (value.Type == AttributeType.M && names.Count > 0)
        {
            var kept = Apply(value.M);
            return kept.Count > 0 ? AttributeValue.Map(kept) : null;
        }
        if (value.Type == AttributeType.L && indexes.Count > 0)
        {
            var kept = indexes.Where(p => p.Key < value.L.Count).Select(p => p.Value.Extract(value.L[p.Key])).OfType<AttributeValue>().ToList();
            return kept.Count > 0 ? AttributeValue.List(kept) : null;
        }
        return null;
    }
}
