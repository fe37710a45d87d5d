using System.Globalization;
using Arena.Functions.Connections;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Tables;

namespace Arena.Local.Connections;

/// <summary>The Connections table in memory, with the same items as <see cref="DynamoDbConnectionRegistry"/>.</summary>
public sealed class EmbeddedConnectionRegistry(EmbeddedTable table) : IConnectionRegistry
{
    public Task AddAsync(string connectionId, DateTimeOffset connectedAt, CancellationToken cancellationToken)
    {
        table.Put(new Dictionary<string, AttributeValue>
        {
            ["connectionId"] = new() { S = connectionId },
            ["connectedAt"] = new() { S = connectedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) },
            ["expiresAt"] = new() { N = connectedAt.Add(DynamoDbConnectionRegistry.MaxConnectionAge).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) },
        });
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string connectionId, CancellationToken cancellationToken)
    {
        table.Delete(new Dictionary<string, AttributeValue> { ["connectionId"] = new() { S = connectionId } });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(table.Scan().Select(item => item["connectionId"].S!).ToList());
}
