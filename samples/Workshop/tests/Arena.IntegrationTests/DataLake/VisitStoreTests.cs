using Arena.Functions.DataLake;
using Arena.IntegrationTests.LocalCloud;
using LiveScore.LocalCloud.Testing;

namespace Arena.IntegrationTests.DataLake;

public sealed class VisitsTableFixture() : TableFixture(DataLakeCatalog.ProductVisits);

/// <summary>The visit store against the embedded DynamoDB endpoint and DynamoDB Local.</summary>
public sealed class VisitStoreTests(VisitsTableFixture table) : IClassFixture<VisitsTableFixture>
{
    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task A_visit_is_stored_once_and_a_redelivery_changes_nothing(string endpoint)
    {
        var store = new DynamoDbVisitStore(table.Tables.Client(endpoint), table.Tables.TableName);
        var id = Guid.NewGuid().ToString();
        var visit = new Visit(id, "p-1", "Ball", "Toys", 1234.56m, "c-1", "Ada", "2026-05-01T09:30:00.000Z");

        var first = await store.AddAsync(visit, default);
        var again = await store.AddAsync(visit with { CustomerName = "Someone else" }, default);

        Assert.Equal((true, false), (first, again));
        Assert.Equal(visit, await store.GetAsync(id, default));
    }
}
