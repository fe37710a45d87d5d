namespace LiveScore.Templates.Tests.Infrastructure;

/// <summary>A template option that adds a feature, and the folder name that holds its files in every project.</summary>
public sealed record Feature(string Option, string Folder);

public static class Features
{
    public static IReadOnlyList<Feature> All { get; } =
    [
        new("score", "Score"),
        new("order", "Orders"),
        new("chat", "Chat"),
        new("datalake", "DataLake"),
        new("audit", "Audit"),
    ];

    /// <summary>All 32 on/off selections of the five features.</summary>
    public static IEnumerable<IReadOnlySet<string>> Combinations() =>
        Enumerable.Range(0, 1 << All.Count)
            .Select(mask => (IReadOnlySet<string>)All.Where((_, i) => (mask & (1 << i)) != 0).Select(f => f.Option).ToHashSet());

    public static string[] Arguments(IReadOnlySet<string> selection) =>
        All.SelectMany(f => new[] { "--" + f.Option, selection.Contains(f.Option) ? "true" : "false" }).ToArray();

    /// <summary>Options that generate code; the others are planned and generate nothing yet.</summary>
    public static IReadOnlySet<string> Implemented { get; } = new HashSet<string> { "score", "order", "chat", "datalake", "audit" };

    /// <summary>
    /// What a selection generates: its implemented features, or the score feature when it has none (see the template's
    /// noFeatureChosen note).
    /// </summary>
    public static IReadOnlySet<string> Effective(IReadOnlySet<string> selection) =>
        selection.Overlaps(Implemented) ? selection.Intersect(Implemented).ToHashSet() : new HashSet<string> { "score" };

    public static string Label(IReadOnlySet<string> selection) =>
        selection.Count == 0 ? "none" : string.Join('+', All.Where(f => selection.Contains(f.Option)).Select(f => f.Option));
}
