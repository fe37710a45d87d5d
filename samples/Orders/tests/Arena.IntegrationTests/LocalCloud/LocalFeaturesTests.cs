using Arena.Local;
using Arena.Functions;
using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud;
using LiveScore.LocalCloud.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace Arena.IntegrationTests.LocalCloud;

public sealed class LocalFeaturesTests
{
    [Fact]
    public void Every_embedded_composition_belongs_to_a_catalog_function_and_can_be_created()
    {
        var handlers = EmbeddedHandlers();

        Assert.NotEmpty(handlers);
        Assert.Subset(AppCatalog.Functions.Select(f => f.Id).ToHashSet(), handlers.Keys.ToHashSet());
        Assert.All(handlers.Values, create => Assert.NotNull(create()));
    }

    /// <summary>The compositions with the variables the local cloud gives its functions.</summary>
    public static IReadOnlyDictionary<string, Func<LiveScore.Lambda.IFunctionHandler>> EmbeddedHandlers()
    {
        using var services = new ServiceCollection().AddSingleton(new EmbeddedTables(AppCatalog.Tables, TimeProvider.System)).BuildServiceProvider();
        LocalEnvironment.Apply(LocalEnvironment.For(AppCatalog.Functions, new Uri("http://127.0.0.1:1"), dynamoDbEndpoint: null));
        return LocalFeatures.EmbeddedHandlers(services);
    }
}
