using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Expressions;

/// <summary>A parsed UpdateExpression: its SET, REMOVE, ADD and DELETE actions.</summary>
internal sealed class UpdateExpression
{
    public List<(DocumentPath Path, Operand Value)> Sets { get; } = [];
    public List<DocumentPath> Removes { get; } = [];
    public List<(DocumentPath Path, AttributeValue Value)> Adds { get; } = [];
    public List<(DocumentPath Path, AttributeValue Value)> Deletes { get; } = [];

    public IEnumerable<DocumentPath> Paths =>
        Sets.Select(s => s.Path).Concat(Removes).Concat(Adds.Select(a => a.Path)).Concat(Deletes.Select(d => d.Path));

    /// <summary>
    /// Applies every action to a copy of the item. Right-hand sides read the item as it was before the update,
    /// so SET a = b, b = a swaps.
    /// </summary>
    public Dictionary<string, AttributeValue> Apply(IReadOnlyDictionary<string, AttributeValue> original)
    {
        var item = new Dictionary<string, AttributeValue>(original, StringComparer.Ordinal);
        var assignments = Sets.Select(s => (s.Path, Value: UpdateErrors.Require(s.Value.Evaluate(original)))).ToList();
        foreach (var (path, value) in assignments) DocumentWriter.Set(item, path, value);
        foreach (var path in Removes.Order(Comparer<DocumentPath>.Create(DocumentPath.CompareForRemoval)))
            DocumentWriter.Remove(item, path);
        foreach (var (path, value) in Adds) DocumentWriter.Set(item, path, Add(path.Resolve(original), value));
        foreach (var (path, value) in Deletes)
        {
            if (path.Resolve(original) is not { } existing) continue;
            if (existing.Type != value.Type) throw UpdateErrors.WrongType();
            var remaining = existing.Members.Where(m => !value.Contains(m)).ToList();
            if (remaining.Count == 0) DocumentWriter.Remove(item, path);
            else DocumentWriter.Set(item, path, AttributeValue.Set(existing.Type, remaining));
        }
        return item;
    }

    private static AttributeValue Add(AttributeValue? existing, AttributeValue value)
    {
        if (existing is null) return value;
        if (existing.Type != value.Type) throw UpdateErrors.WrongType();
        if (existing.Type == AttributeType.N) return AttributeValue.Number(existing.N.Add(value.N));
        return AttributeValue.Set(existing.Type, [.. existing.Members, .. value.Members.Where(m => !existing.Contains(m))]);
    }
}
