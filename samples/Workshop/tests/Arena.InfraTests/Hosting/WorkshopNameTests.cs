using Arena.Functions;

namespace Arena.InfraTests.Hosting;

/// <summary>--workshop: the resources carry the workshops' names, so their console steps find them.</summary>
public class WorkshopNameTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    [Fact]
    public void Tables_topics_and_named_functions_are_deployed_under_their_catalog_names()
    {
        Assert.All(AppCatalog.Tables, t => Assert.Equal(t.Name, (string?)app.Json.Properties(app.LogicalId(app.Resources.Table(t.Name)))["TableName"]));
        Assert.All(AppCatalog.Topics, t => Assert.Equal(t.Name, (string?)app.Json.Properties(app.LogicalId(app.Resources.Topic(t.Name)))["TopicName"]));
        Assert.Contains(AppCatalog.Functions, f => f.Name is not null);
        Assert.All(AppCatalog.Functions, f => Assert.Equal(f.Name, (string?)app.Json.Properties(app.LogicalId(app.Resources.Function(f.Id)))["FunctionName"]));
    }
}
