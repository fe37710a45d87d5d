using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Lambda;
using LiveScore.LocalCloud.Tables;

namespace LiveScore.LocalCloud.Streams;

/// <summary>Wires tables and stream event source mappings into the local cloud, for embedded tables or a DynamoDB endpoint.</summary>
public static class StreamServices
{
    public const string DeadLettersPath = "/_local/dead-letters";

    /// <summary>
    /// With an endpoint, the catalog's tables are created there first, then the mappings read their streams through
    /// the Streams API; without one, the mappings read the <see cref="EmbeddedTables"/> (registered by the caller).
    /// </summary>
    public static IServiceCollection AddStreamMappings(
        this IServiceCollection services, IReadOnlyList<TableDefinition> tables, IReadOnlyList<FunctionDefinition> functions, string? dynamoDbEndpoint, TextWriter console)
    {
        services.AddSingleton(new DeadLetters(TimeProvider.System));
        if (dynamoDbEndpoint is not null)
        {
            // Hosted services start in order: the tables exist before any mapping opens a stream.
            services.AddSingleton(new DynamoDbTables(tables, dynamoDbEndpoint, console, TimeProvider.System));
            services.AddHostedService(sp => sp.GetRequiredService<DynamoDbTables>());
        }
        services.AddHostedService(sp => new StreamMappings(
            functions,
            dynamoDbEndpoint is null ? EmbeddedOpener(sp.GetRequiredService<EmbeddedTables>()) : sp.GetRequiredService<DynamoDbTables>().OpenStreamAsync,
            sp.GetRequiredService<LambdaService>(),
            sp.GetRequiredService<DeadLetters>(),
            console,
            TimeProvider.System));
        return services;
    }

    public static void MapDeadLetters(this IEndpointRouteBuilder app) =>
        app.MapGet(DeadLettersPath, (DeadLetters deadLetters) => Results.Json(deadLetters.Snapshot(), StreamsJsonContext.Default.IReadOnlyListDeadLetter));

    private static StreamOpener EmbeddedOpener(EmbeddedTables tables) => (table, _) =>
        Task.FromResult<IStreamSource>(new EmbeddedStreamSource(
            tables[table].Stream ?? throw new InvalidOperationException($"The table {table} has no stream.")));
}
