using LiveScore.Lambda.Catalog;
using Arena.Functions.DataLake;

namespace Arena.Functions;

/// <summary>Every function, table and topic of this application, gathered from the feature catalogs.</summary>
public static class AppCatalog
{
    /// <summary>
    /// How customers' routes (orders, visits) are authorized: by a customer signed in to the application's user pool
    /// (Amazon Cognito deployed, the local cloud's pool locally), checked by API Gateway and by the local cloud alike; or,
    /// generated with --auth none, open to anyone on purpose, as in the source workshops.
    /// </summary>
    public const RouteAuthorization CustomerWrites =
        RouteAuthorization.Customer;

    /// <summary>The pages (web/), served through CloudFront when deployed; locally the local cloud serves web/ itself.</summary>
    public static readonly BucketDefinition Site = new("Site");

    // Before Functions, which reads it: static members are set in the order they are written.
    public static IReadOnlyList<BucketDefinition> Buckets { get; } =
    [
        Site,
        .. DataLakeCatalog.Buckets,
    ];

    public static IReadOnlyList<FunctionDefinition> Functions { get; } =
    [
        .. DataLakeCatalog.Functions,
    ];

    public static IReadOnlyList<TableDefinition> Tables { get; } =
    [
        .. SharedTables.All,
        .. DataLakeCatalog.Tables,
    ];

    public static IReadOnlyList<TopicDefinition> Topics { get; } =
    [
    ];

    public static IReadOnlyList<QueueDefinition> Queues { get; } = [.. DataLakeCatalog.Queues];

    public static FunctionDefinition? Find(string handlerId) =>
        Functions.FirstOrDefault(f => string.Equals(f.Id, handlerId, StringComparison.Ordinal));
}
