using Constructs;
using LiveScore.Lambda.Catalog;

namespace Arena.Infra.Hosting;

/// <summary>A feature's tables, topics and functions, deployed from its catalog.</summary>
public abstract class FeatureConstruct : Construct
{
    protected FeatureConstruct(
        Construct scope,
        string id,
        AppResources resources,
        IEnumerable<TableDefinition> tables,
        IEnumerable<TopicDefinition> topics,
        IEnumerable<FunctionDefinition> functions)
        : base(scope, id)
    {
        foreach (var table in tables)
        {
            TableBuilder.Build(this, table, resources);
        }

        foreach (var topic in topics)
        {
            TopicBuilder.Build(this, topic, resources);
        }

        CatalogFunctions.Deploy(this, functions, resources);
    }
}
