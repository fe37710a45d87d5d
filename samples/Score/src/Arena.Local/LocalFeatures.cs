using Arena.Functions;
using LiveScore.Lambda;
using LiveScore.LocalCloud;
using Arena.Local.Connections;
using LiveScore.LocalCloud.Tables;
using Arena.Local.Score;

namespace Arena.Local;

/// <summary>This application as the local cloud runs it: the catalog, and each feature's functions on embedded tables.</summary>
public static class LocalFeatures
{
    public static LocalApplication Application { get; } = new(AppCatalog.Functions, AppCatalog.Tables, AppCatalog.Topics, EmbeddedHandlers);

    public static IReadOnlyDictionary<string, Func<IFunctionHandler>> EmbeddedHandlers(IServiceProvider services)
    {
        var tables = services.GetRequiredService<EmbeddedTables>();
        IEnumerable<KeyValuePair<string, Func<IFunctionHandler>>> handlers =
        [
            .. ConnectionsLocal.Handlers(tables),
            .. ScoreLocal.Handlers(tables),
        ];
        return handlers.ToDictionary(StringComparer.Ordinal);
    }
}
