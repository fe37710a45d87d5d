using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Expressions;

/// <summary>One step of a document path: a map key (or top-level attribute name), or a list index.</summary>
internal readonly record struct PathElement(string? Name, int Index)
{
    public bool IsIndex => Name is null;

    public override string ToString() => Name ?? $"[{Index}]";
}

/// <summary>A resolved document path such as a.b[2].c; placeholders are already replaced by names.</summary>
internal sealed class DocumentPath(IReadOnlyList<PathElement> elements)
{
    public IReadOnlyList<PathElement> Elements { get; } = elements;

    public string TopLevelName => Elements[0].Name!;

    public AttributeValue? Resolve(IReadOnlyDictionary<string, AttributeValue> item)
    {
        if (!item.TryGetValue(TopLevelName, out var current)) return null;
        for (var i = 1; i < Elements.Count && current is not null; i++)
            current = Step(current, Elements[i]);
        return current;
    }

    private static AttributeValue? Step(AttributeValue value, PathElement element)
    {
        if (element.IsIndex)
            return value.Type == AttributeType.L && element.Index < value.L.Count ? value.L[element.Index] : null;
        return value.Type == AttributeType.M && value.M.TryGetValue(element.Name!, out var child) ? child : null;
    }

    /// <summary>True when one path is the other or lies inside it, which DynamoDB refuses within one expression.</summary>
    public bool Overlaps(DocumentPath other)
    {
        var common = Math.Min(Elements.Count, other.Elements.Count);
        for (var i = 0; i < common; i++)
            if (Elements[i] != other.Elements[i]) return false;
        return true;
    }

    public override string ToString() => "[" + string.Join(", ", Elements) + "]";

    /// <summary>Orders paths so that removing list elements by index does not shift the ones still to remove.</summary>
    public static int CompareForRemoval(DocumentPath a, DocumentPath b)
    {
        for (var i = 0; i < Math.Min(a.Elements.Count, b.Elements.Count); i++)
        {
            var (x, y) = (a.Elements[i], b.Elements[i]);
            var c = x.IsIndex && y.IsIndex ? y.Index.CompareTo(x.Index) : string.CompareOrdinal(x.Name, y.Name);
            if (c != 0) return c;
        }
        return b.Elements.Count.CompareTo(a.Elements.Count);
    }
}
