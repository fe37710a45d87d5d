using Constructs;
using Arena.Functions.Connections;
using Arena.Infra.Hosting;

namespace Arena.Infra.Connections;

/// <summary>The WebSocket API and its connection bookkeeping, built from <see cref="ConnectionsCatalog"/>.</summary>
public sealed class ConnectionsConstruct : Construct
{
    public ConnectionsConstruct(Construct scope, string id, AppResources resources)
        : base(scope, id)
    {
        foreach (var table in ConnectionsCatalog.Tables)
        {
            TableBuilder.Build(this, table, resources);
        }

        resources.Add(new WebSocketApiConstruct(this, "WebSocket", ConnectionsCatalog.WebSocketApi));
        CatalogFunctions.Deploy(this, ConnectionsCatalog.Functions, resources);
    }
}
