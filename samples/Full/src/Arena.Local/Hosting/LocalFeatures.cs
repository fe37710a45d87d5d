using Arena.Functions.Hosting;
using Arena.Local.Connections;
using Arena.Local.Hosting.Tables;
using Arena.Local.Orders;
using Arena.Local.Score;

namespace Arena.Local.Hosting;

/// <summary>The embedded (in-memory) composition of each feature's functions; the default mode of the local cloud.</summary>
public static class LocalFeatures
{
    public static IReadOnlyDictionary<string, Func<IFunctionHandler>> EmbeddedHandlers(IServiceProvider services)
    {
        var tables = services.GetRequiredService<EmbeddedTables>();
        IEnumerable<KeyValuePair<string, Func<IFunctionHandler>>> handlers =
        [
            .. ConnectionsLocal.Handlers(tables),
            .. ScoreLocal.Handlers(tables),
            .. OrdersLocal.Handlers(tables),
        ];
        return handlers.ToDictionary(StringComparer.Ordinal);
    }
}
