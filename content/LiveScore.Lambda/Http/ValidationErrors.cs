namespace LiveScore.Lambda.Http;

/// <summary>Collects what is wrong with a request, field by field.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>True while nothing wrong has been found.</summary>
    public bool IsEmpty => _errors.Count == 0;

    /// <summary>Records a problem with <paramref name="field"/>; a field may collect several.</summary>
    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
    }

    /// <summary>Each field with its messages, the shape of <see cref="Problem.Errors"/>.</summary>
    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Every problem on one line, <c>field: message</c>, for messages to people and logs.</summary>
    public override string ToString() => string.Join(" ", _errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
}
