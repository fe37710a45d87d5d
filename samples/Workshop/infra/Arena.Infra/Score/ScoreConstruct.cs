using Constructs;
using Arena.Functions.Score;
using Arena.Infra.Hosting;

namespace Arena.Infra.Score;

/// <summary>Live player scores, built from <see cref="ScoreCatalog"/>: Players table and stream, score topic, HTTP API routes.</summary>
public sealed class ScoreConstruct(Construct scope, string id, AppResources resources)
    : FeatureConstruct(scope, id, resources, ScoreCatalog.Tables, ScoreCatalog.Topics, ScoreCatalog.Functions);
