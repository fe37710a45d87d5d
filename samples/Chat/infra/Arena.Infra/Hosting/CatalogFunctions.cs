using Constructs;
using LiveScore.Lambda.Catalog;

namespace Arena.Infra.Hosting;

/// <summary>Deploys a feature's function definitions with every trigger they declare.</summary>
public static class CatalogFunctions
{
    public static void Deploy(Construct scope, IEnumerable<FunctionDefinition> definitions, AppResources resources)
    {
        foreach (var definition in definitions)
        {
            var function = FunctionBuilder.Build(scope, definition, resources);
            if (definition.AuthorizesWebSocketConnect)
            {
                resources.WebSocketApi.AuthorizeConnectWith(function);
            }
            if (definition.HttpRoutes.Count > 0)
            {
                resources.HttpApi.AddRoutes(definition.Id, function, definition.HttpRoutes);
            }

            if (definition.WebSocketRoutes.Count > 0)
            {
                resources.WebSocketApi.AddRoutes(definition.Id, function, definition.WebSocketRoutes);
            }

            if (definition.Stream is { } stream)
            {
                StreamMappingBuilder.Attach(scope, definition.Id, function, stream, resources.Table(stream.Table));
            }
        }
    }
}
