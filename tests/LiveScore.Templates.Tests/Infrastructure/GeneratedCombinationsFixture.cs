namespace LiveScore.Templates.Tests.Infrastructure;

/// <summary>Generates every one of the 32 feature combinations once, for the checks and the builds that follow.</summary>
public sealed class GeneratedCombinationsFixture : IDisposable
{
    private readonly TempDirectory _root = new("livescore-combos-");

    public GeneratedCombinationsFixture()
    {
        Pack = new TemplatePackFixture();
        Outputs = Features.Combinations().ToDictionary(
            Features.Label,
            selection => (selection, path: Pack.Generate(Path.Combine(_root.Path, Features.Label(selection)), "Arena", Features.Arguments(selection))));
    }

    public TemplatePackFixture Pack { get; }

    public IReadOnlyDictionary<string, (IReadOnlySet<string> Selection, string Path)> Outputs { get; }

    public void Dispose()
    {
        Pack.Dispose();
        _root.Dispose();
    }
}
