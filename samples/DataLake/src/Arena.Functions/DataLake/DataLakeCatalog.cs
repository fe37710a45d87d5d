using LiveScore.Lambda.Catalog;

namespace Arena.Functions.DataLake;

/// <summary>Product visits: HTTP API → SQS → ProductVisits table → stream → S3 data lake (gzip NDJSON by day).</summary>
public static class DataLakeCatalog
{
    public const string QueueUrlVariable = "VISITS_QUEUE_URL";
    public const string VisitsVariable = "VISITS_TABLE";
    public const string LakeVariable = "LAKE_BUCKET";

    /// <summary>Visits waiting to be stored; a visit that fails three times moves to the dead-letter queue.</summary>
    public static readonly QueueDefinition VisitQueue = new("VisitQueue") { VisibilityTimeoutSeconds = 60, MaxReceiveCount = 3 };

    public static readonly TableDefinition ProductVisits = new("ProductVisits", new KeyAttribute("visitId", KeyType.String)) { Stream = true };

    public static readonly BucketDefinition Lake = new("Lake") { Versioned = true, Archive = true };

    public static IReadOnlyList<TableDefinition> Tables { get; } = [ProductVisits];

    public static IReadOnlyList<QueueDefinition> Queues { get; } = [VisitQueue];

    public static IReadOnlyList<BucketDefinition> Buckets { get; } = [Lake];

    /// <summary>The visit route's own limit, below the HTTP API stage's: a visit is only queued, so it may come often.</summary>
    public static readonly RouteThrottle VisitRoute = new(50, 100);

    public static IReadOnlyList<FunctionDefinition> Functions { get; } =
    [
        new("visit-api", "Visits HTTP API: validates a visit and queues it.", VisitApiHandler.Create)
        {
            HttpRoutes = [new("POST", "/visits") { Authorization = AppCatalog.CustomerWrites, Throttle = VisitRoute }],
            Bindings = [new(QueueUrlVariable, ResourceKind.Queue, VisitQueue.Name, Access.Send)],
        },
        new("visit-queue", "Visit queue: stores each visit once, keyed by its message id.", VisitQueueHandler.Create)
        {
            Queue = new QueueSource(VisitQueue.Name, BatchSize: 10),
            Bindings = [new(VisitsVariable, ResourceKind.Table, ProductVisits.Name, Access.Write)],
            TimeoutSeconds = 30,
        },
        new("visit-stream", "ProductVisits stream: one gzip NDJSON lake object per day and batch.", VisitStreamHandler.Create)
        {
            Stream = new StreamSource(ProductVisits.Name, BatchSize: 100, MaxBatchingWindowSeconds: 1),
            Bindings = [new(LakeVariable, ResourceKind.Bucket, Lake.Name, Access.Write)],
            TimeoutSeconds = 30,
        },
    ];
}
