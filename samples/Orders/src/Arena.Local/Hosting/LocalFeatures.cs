using Arena.Functions.Hosting;

namespace Arena.Local.Hosting;

/// <summary>The embedded (in-memory) composition of each feature's functions; the default mode of the local cloud.</summary>
public static class LocalFeatures
{
    public static IReadOnlyDictionary<string, Func<IFunctionHandler>> EmbeddedHandlers(IServiceProvider services)
    {
        _ = services;
        return new Dictionary<string, Func<IFunctionHandler>>(StringComparer.Ordinal);
    }
}
