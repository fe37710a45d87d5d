using LiveScore._1.Functions.Hosting;
#if (connections)
using LiveScore._1.Local.Connections;
#endif
using LiveScore._1.Local.Hosting.Tables;
#if (order)
using LiveScore._1.Local.Orders;
#endif
#if (score)
using LiveScore._1.Local.Score;
#endif

namespace LiveScore._1.Local.Hosting;

/// <summary>The embedded (in-memory) composition of each feature's functions; the default mode of the local cloud.</summary>
public static class LocalFeatures
{
    public static IReadOnlyDictionary<string, Func<IFunctionHandler>> EmbeddedHandlers(IServiceProvider services)
    {
        var tables = services.GetRequiredService<EmbeddedTables>();
        IEnumerable<KeyValuePair<string, Func<IFunctionHandler>>> handlers =
        [
#if (connections)
            .. ConnectionsLocal.Handlers(tables),
#endif
#if (score)
            .. ScoreLocal.Handlers(tables),
#endif
#if (order)
            .. OrdersLocal.Handlers(tables),
#endif
        ];
        return handlers.ToDictionary(StringComparer.Ordinal);
    }
}
