using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Testing;

namespace Arena.IntegrationTests.LocalCloud;

/// <summary>A table of its own at the embedded endpoint and, when configured, in DynamoDB Local; one per test class.</summary>
public abstract class TableFixture(TableDefinition definition) : IAsyncLifetime
{
    private TestTables? _tables;

    public TestTables Tables => _tables ?? throw new InvalidOperationException("The table fixture was not started.");

    public async Task InitializeAsync() => _tables = await TestTables.CreateAsync(definition);

    public async Task DisposeAsync()
    {
        if (_tables is not null)
        {
            await _tables.DisposeAsync();
        }
    }
}
