using LiveScore._1.Functions.Score;
using LiveScore._1.IntegrationTests.LocalCloud;

namespace LiveScore._1.IntegrationTests.Score;

public sealed class ScoreLocalTests
{
    [Fact]
    public void Every_score_function_runs_with_embedded_tables_by_default() =>
        Assert.Subset(LocalFeaturesTests.EmbeddedHandlers().Keys.ToHashSet(), ScoreCatalog.Functions.Select(f => f.Id).ToHashSet());
}
