using LiveScore._1.Functions;
using LiveScore.Lambda;
using LiveScore.LocalCloud;
#if (connections)
using LiveScore._1.Local.Connections;
#endif
using LiveScore.LocalCloud.Tables;
#if (order)
using LiveScore._1.Local.Orders;
#endif
#if (score)
using LiveScore._1.Local.Score;
#endif

namespace LiveScore._1.Local;

/// <summary>This application as the local cloud runs it: the catalog, and each feature's functions on embedded tables.</summary>
public static class LocalFeatures
{
    public static LocalApplication Application { get; } = new(AppCatalog.Functions, AppCatalog.Tables, AppCatalog.Topics, EmbeddedHandlers);

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
