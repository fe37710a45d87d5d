using LiveScore.Lambda;
using LiveScore.Lambda.Catalog;

namespace LiveScore.LocalCloud;

/// <summary>What the local cloud runs: the application's catalog, and how each function is composed in memory.</summary>
/// <param name="EmbeddedHandlers">
/// Per handler id, the function built on the embedded tables; functions without an entry use their deployed composition.
/// </param>
public sealed record LocalApplication(
    IReadOnlyList<FunctionDefinition> Functions,
    IReadOnlyList<TableDefinition> Tables,
    IReadOnlyList<TopicDefinition> Topics,
    Func<IServiceProvider, IReadOnlyDictionary<string, Func<IFunctionHandler>>> EmbeddedHandlers);
