using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Expressions;

/// <summary>Writes or removes a value at a document path by rebuilding the maps and lists above it.</summary>
internal static class DocumentWriter
{
    public static void Set(Dictionary<string, AttributeValue> item, DocumentPath path, AttributeValue value)
    {
        var name = path.TopLevelName;
        if (path.Elements.Count == 1)
        {
            item[name] = value;
            return;
        }
        if (!item.TryGetValue(name, out var top)) throw UpdateErrors.InvalidPath();
        item[name] = Replace(top, path.Elements, 1, value) ?? throw UpdateErrors.InvalidPath();
    }

    /// <summary>Removing what is not there is not an error in DynamoDB.</summary>
    public static void Remove(Dictionary<string, AttributeValue> item, DocumentPath path)
    {
        var name = path.TopLevelName;
        if (path.Elements.Count == 1)
        {
            item.Remove(name);
            return;
        }
        if (item.TryGetValue(name, out var top) && Replace(top, path.Elements, 1, null) is { } updated) item[name] = updated;
    }

    // Returns null when the path does not lead anywhere in this container; value null means remove.
    private static AttributeValue? Replace(AttributeValue container, IReadOnlyList<PathElement> elements, int depth, AttributeValue? value)
    {
        var element = elements[depth];
        var last = depth == elements.Count - 1;
        if (element.IsIndex)
        {
            if (container.Type != AttributeType.L) return null;
            var list = container.L.ToList();
            var exists = element.Index < list.Count;
            if (last)
            {
                if (value is null) { if (exists) list.RemoveAt(element.Index); }
                else if (exists) list[element.Index] = value;
                else list.Add(value); // DynamoDB appends when the index is past the end.
                return AttributeValue.List(list);
            }
            if (!exists || Replace(list[element.Index], elements, depth + 1, value) is not { } child) return null;
            list[element.Index] = child;
            return AttributeValue.List(list);
        }
        if (container.Type != AttributeType.M) return null;
        var map = new Dictionary<string, AttributeValue>(container.M, StringComparer.Ordinal);
        if (last)
        {
            if (value is null) map.Remove(element.Name!);
            else map[element.Name!] = value;
            return AttributeValue.Map(map);
        }
        if (!map.TryGetValue(element.Name!, out var existing) || Replace(existing, elements, depth + 1, value) is not { } replaced) return null;
        map[element.Name!] = replaced;
        return AttributeValue.Map(map);
    }
}
