using Arena.Functions;
using LiveScore.Lambda.Catalog;

namespace Arena.Tests.Hosting;

public class CatalogTests
{
    [Fact]
    public void Handler_ids_are_unique_kebab_case()
    {
        var ids = AppCatalog.Functions.Select(f => f.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z]+(-[a-z]+)*$", id));
    }

    [Fact]
    public void Every_binding_names_a_declared_resource()
    {
        var tables = AppCatalog.Tables.Select(t => t.Name).ToHashSet();
        var topics = AppCatalog.Topics.Select(t => t.Name).ToHashSet();
        foreach (var binding in AppCatalog.Functions.SelectMany(f => f.Bindings))
        {
            switch (binding.Kind)
            {
                case ResourceKind.Table: Assert.Contains(binding.Resource, tables); break;
                case ResourceKind.Topic: Assert.Contains(binding.Resource, topics); break;
            }
        }
        foreach (var stream in AppCatalog.Functions.Select(f => f.Stream).OfType<StreamSource>())
        {
            Assert.True(AppCatalog.Tables.Single(t => t.Name == stream.Table).Stream, $"{stream.Table} has no stream");
        }
    }
}
