using Constructs;
using LiveScore._1.Functions.Score;
using LiveScore._1.Infra.Hosting;

namespace LiveScore._1.Infra.Score;

/// <summary>Live player scores, built from <see cref="ScoreCatalog"/>: Players table and stream, score topic, HTTP API routes.</summary>
public sealed class ScoreConstruct : Construct
{
    public ScoreConstruct(Construct scope, string id, AppResources resources)
        : base(scope, id)
    {
        foreach (var table in ScoreCatalog.Tables)
        {
            TableBuilder.Build(this, table, resources);
        }

        foreach (var topic in ScoreCatalog.Topics)
        {
            TopicBuilder.Build(this, topic, resources);
        }

        CatalogFunctions.Deploy(this, ScoreCatalog.Functions, resources);
    }
}
