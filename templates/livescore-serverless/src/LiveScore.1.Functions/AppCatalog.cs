using LiveScore.Lambda.Catalog;
#if (connections)
using LiveScore._1.Functions.Connections;
#endif
#if (score)
using LiveScore._1.Functions.Score;
#endif
#if (order)
using LiveScore._1.Functions.Orders;
#endif
#if (chat)
using LiveScore._1.Functions.Chat;
#endif
#if (datalake)
using LiveScore._1.Functions.DataLake;
#endif
#if (audit)
using LiveScore._1.Functions.Audit;
#endif

namespace LiveScore._1.Functions;

/// <summary>Every function, table and topic of this application, gathered from the feature catalogs.</summary>
public static class AppCatalog
{
#if (score || chat)
    /// <summary>
    /// How writes by game servers and operators (players, broadcasts) are authorized: signed with AWS IAM credentials
    /// (SigV4), checked by API Gateway and by the local cloud alike; or, generated with --auth none, open to anyone on
    /// purpose, as in the source workshops.
    /// </summary>
    public const RouteAuthorization SignedWrites =
#if (authNone)
        RouteAuthorization.Public;
#else
        RouteAuthorization.Iam;
#endif

#endif
#if (order || datalake)
    /// <summary>
    /// How customers' routes (orders, visits) are authorized: by a customer signed in to the application's user pool
    /// (Amazon Cognito deployed, the local cloud's pool locally), checked by API Gateway and by the local cloud alike; or,
    /// generated with --auth none, open to anyone on purpose, as in the source workshops.
    /// </summary>
    public const RouteAuthorization CustomerWrites =
#if (authNone)
        RouteAuthorization.Public;
#else
        RouteAuthorization.Customer;
#endif

#endif
    /// <summary>The pages (web/), served through CloudFront when deployed; locally the local cloud serves web/ itself.</summary>
    public static readonly BucketDefinition Site = new("Site");

    // Before Functions, which reads it: static members are set in the order they are written.
    public static IReadOnlyList<BucketDefinition> Buckets { get; } =
    [
        Site,
#if (datalake)
        .. DataLakeCatalog.Buckets,
#endif
#if (audit)
        .. AuditCatalog.Buckets,
#endif
    ];

    public static IReadOnlyList<FunctionDefinition> Functions { get; } =
    [
#if (connections)
        .. ConnectionsCatalog.Functions,
#endif
#if (score)
        .. ScoreCatalog.Functions,
#endif
#if (order)
        .. OrderCatalog.Functions,
#endif
#if (chat)
        .. ChatCatalog.Functions,
#endif
#if (datalake)
        .. DataLakeCatalog.Functions,
#endif
#if (audit)
        .. AuditCatalog.Functions(watched: Buckets),
#endif
    ];

    public static IReadOnlyList<TableDefinition> Tables { get; } =
    [
        .. SharedTables.All,
#if (connections)
        .. ConnectionsCatalog.Tables,
#endif
#if (score)
        .. ScoreCatalog.Tables,
#endif
#if (order)
        .. OrderCatalog.Tables,
#endif
#if (datalake)
        .. DataLakeCatalog.Tables,
#endif
    ];

    public static IReadOnlyList<TopicDefinition> Topics { get; } =
    [
#if (score)
        .. ScoreCatalog.Topics,
#endif
#if (order)
        .. OrderCatalog.Topics,
#endif
#if (audit)
        .. AuditCatalog.Topics,
#endif
    ];

#if (datalake)
    public static IReadOnlyList<QueueDefinition> Queues { get; } = [.. DataLakeCatalog.Queues];

#endif
    public static FunctionDefinition? Find(string handlerId) =>
        Functions.FirstOrDefault(f => string.Equals(f.Id, handlerId, StringComparison.Ordinal));
}
