using Arena.Functions;
using LiveScore.LocalCloud;

namespace Arena.Local;

/// <summary>This application as the local cloud runs it: the catalog, and the functions' executable built beside this one.</summary>
public static class LocalApp
{
    public static LocalApplication Application { get; } =
        new(AppCatalog.Functions, AppCatalog.Tables, AppCatalog.Topics, LocalApplication.BootstrapBeside())
        {
            Queues = AppCatalog.Queues,
            Buckets = AppCatalog.Buckets,
        };
}
