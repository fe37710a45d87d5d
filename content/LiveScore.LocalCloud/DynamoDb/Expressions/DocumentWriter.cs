using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Expressions;

/// <summary>Writes or removes a value at a document path by rebuilding the maps and lists above it.</summary>
internal static class DocumentWriter
{
    public static void Set(Dictionary<string, AttributeValue> item, DocumentPath path, AttributeValue value) =>
        Write(item, path, value);

    /// <summary>Removing a missing attribute, map key or list element is not an error; a missing parent is.</summary>
    public static void Remove(Dictionary<string, AttributeValue> item, DocumentPath path) => Write(item, path, null);

    // value null means remove.
    private static void Write(Dictionary<string, AttributeValue> item, DocumentPath path, AttributeValue? value)
    {
        var name = path.TopLevelName;
        if (path.Elements.Count == 1)
        {
            if (value is null) item.Remove(name);
            else item[name] = value;
            return;
        }
        if (!item.TryGetValue(name, out var top)) throw UpdateErrors.InvalidPath();
        item[name] = Replace(top, path.Elements, 1, value);
    }

    private static AttributeValue Replace(AttributeValue container, IReadOnlyList<PathElement> elements, int depth, AttributeValue? value)
    {
        var element = elements[depth];
        var last = depth == elements.Count - 1;
        if (element.IsIndex)
        {
            if (container.Type != AttributeType.L) throw UpdateErrors.InvalidPath();
            var list = container.L.ToList();
            var exists = element.Index < list.Count;
            if (!last)
            {
                if (!exists) throw UpdateErrors.InvalidPath();
                list[element.Index] = Replace(list[element.Index], elements, depth + 1, value);
            }
            else if (value is null) { if (exists) list.RemoveAt(element.Index); }
            else if (exists) list[element.Index] = value;
            else list.Add(value); // DynamoDB appends when the index is past the end.
            return AttributeValue.List(list);
        }
        if (container.Type != AttributeType.M) throw UpdateErrors.InvalidPath();
        var map = new Dictionary<string, AttributeValue>(container.M, StringComparer.Ordinal);
        if (!last)
        {
            if (!map.TryGetValue(element.Name!, out var existing)) throw UpdateErrors.InvalidPath();
            map[element.Name!] = Replace(existing, elements, depth + 1, value);
        }
        else if (value is null) map.Remove(element.Name!);
        else map[element.Name!] = value;
        return AttributeValue.Map(map);
    }
}
