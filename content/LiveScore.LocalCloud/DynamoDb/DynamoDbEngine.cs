using System.Text.Json;
using System.Text.Json.Nodes;
using LiveScore.LocalCloud.DynamoDb.Operations;
using LiveScore.LocalCloud.DynamoDb.Streams;

namespace LiveScore.LocalCloud.DynamoDb;

/// <summary>
/// An in-memory DynamoDB and DynamoDB Streams speaking the JSON 1.0 wire protocol. Requests run one at a time under a
/// single lock, which makes every operation (including transactions and batches) atomic; requests are parsed before
/// taking the lock and answers serialized after.
/// </summary>
public sealed class DynamoDbEngine
{
    private const string DynamoDbPrefix = "DynamoDB_20120810.";
    private const string StreamsPrefix = "DynamoDBStreams_20120810.";
    private const string ErrorTypePrefix = "com.amazonaws.dynamodb.v20120810#";

    private static readonly Dictionary<string, Func<Database, JsonObject, JsonObject>> Operations = new(StringComparer.Ordinal)
    {
        [DynamoDbPrefix + "CreateTable"] = TableOperations.CreateTable,
        [DynamoDbPrefix + "DescribeTable"] = TableOperations.DescribeTable,
        [DynamoDbPrefix + "ListTables"] = TableOperations.ListTables,
        [DynamoDbPrefix + "DeleteTable"] = TableOperations.DeleteTable,
        [DynamoDbPrefix + "UpdateTimeToLive"] = TableOperations.UpdateTimeToLive,
        [DynamoDbPrefix + "DescribeTimeToLive"] = TableOperations.DescribeTimeToLive,
        [DynamoDbPrefix + "GetItem"] = ItemOperations.GetItem,
        [DynamoDbPrefix + "PutItem"] = ItemOperations.PutItem,
        [DynamoDbPrefix + "UpdateItem"] = ItemOperations.UpdateItem,
        [DynamoDbPrefix + "DeleteItem"] = ItemOperations.DeleteItem,
        [DynamoDbPrefix + "Query"] = QueryOperations.Query,
        [DynamoDbPrefix + "Scan"] = QueryOperations.Scan,
        [DynamoDbPrefix + "BatchGetItem"] = BatchOperations.BatchGetItem,
        [DynamoDbPrefix + "BatchWriteItem"] = BatchOperations.BatchWriteItem,
        [DynamoDbPrefix + "TransactWriteItems"] = TransactionOperations.TransactWriteItems,
        [DynamoDbPrefix + "TransactGetItems"] = TransactionOperations.TransactGetItems,
        [StreamsPrefix + "ListStreams"] = StreamOperations.ListStreams,
        [StreamsPrefix + "DescribeStream"] = StreamOperations.DescribeStream,
        [StreamsPrefix + "GetShardIterator"] = StreamOperations.GetShardIterator,
        [StreamsPrefix + "GetRecords"] = StreamOperations.GetRecords,
    };

    // Real DynamoDB operations this engine leaves to DynamoDB Local: they get a clear refusal, not UnknownOperation.
    private static readonly HashSet<string> KnownUnsupported = new(StringComparer.Ordinal)
    {
        "BatchExecuteStatement", "CreateBackup", "CreateGlobalTable", "DeleteBackup", "DeleteResourcePolicy",
        "DescribeBackup", "DescribeContinuousBackups", "DescribeContributorInsights", "DescribeEndpoints", "DescribeExport",
        "DescribeGlobalTable", "DescribeGlobalTableSettings", "DescribeImport", "DescribeKinesisStreamingDestination",
        "DescribeLimits", "DescribeTableReplicaAutoScaling", "DisableKinesisStreamingDestination",
        "EnableKinesisStreamingDestination", "ExecuteStatement", "ExecuteTransaction", "ExportTableToPointInTime",
        "GetResourcePolicy", "ImportTable", "ListBackups", "ListContributorInsights", "ListExports", "ListGlobalTables",
        "ListImports", "ListTagsOfResource", "PutResourcePolicy", "RestoreTableFromBackup", "RestoreTableToPointInTime",
        "TagResource", "UntagResource", "UpdateContinuousBackups", "UpdateContributorInsights", "UpdateGlobalTable",
        "UpdateGlobalTableSettings", "UpdateKinesisStreamingDestination", "UpdateTable", "UpdateTableReplicaAutoScaling",
    };

    private readonly Lock gate = new();
    private readonly Database database;
    private TaskCompletionSource streamsAppended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DynamoDbEngine(TimeProvider clock, string region = "us-east-1", string accountId = "000000000000")
    {
        database = new Database(clock, region, accountId);
    }

    /// <summary>
    /// Completes when a write adds a record to any stream: lets an in-process stream reader wake at once instead of
    /// polling, which keeps the local cloud's stream-to-function latency near zero.
    /// </summary>
    public Task StreamsAppended
    {
        get
        {
            lock (gate) return streamsAppended.Task;
        }
    }

    /// <summary>Handles one request: target is the X-Amz-Target header value, body the JSON request body.</summary>
    public Task<DynamoDbResponse> HandleAsync(string? target, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var operation = Resolve(target);
            var request = Parse(body);
            JsonObject result;
            TaskCompletionSource? appended = null;
            lock (gate)
            {
                var before = database.LastSequenceNumber;
                result = operation(database, request);
                if (database.LastSequenceNumber != before)
                {
                    appended = streamsAppended;
                    streamsAppended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }
            appended?.TrySetResult();
            return Task.FromResult(new DynamoDbResponse(200, JsonSerializer.SerializeToUtf8Bytes(result)));
        }
        catch (DynamoDbException e)
        {
            var error = new JsonObject { ["__type"] = ErrorTypePrefix + e.Code, ["message"] = e.Message };
            foreach (var (name, value) in e.Extra ?? []) error[name] = value?.DeepClone();
            return Task.FromResult(new DynamoDbResponse(400, JsonSerializer.SerializeToUtf8Bytes(error)));
        }
    }

    private static Func<Database, JsonObject, JsonObject> Resolve(string? target)
    {
        if (target is not null && Operations.TryGetValue(target, out var operation)) return operation;
        if (target is not null && target.StartsWith(DynamoDbPrefix, StringComparison.Ordinal)
            && KnownUnsupported.Contains(target[DynamoDbPrefix.Length..]))
            throw DynamoDbException.Unsupported($"The operation {target[DynamoDbPrefix.Length..]}");
        throw new DynamoDbException("UnknownOperationException", "An unknown operation was requested.");
    }

    private static JsonObject Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            // Duplicate members are refused as the services do (JsonObject would otherwise throw on them, a 500).
            return JsonNode.Parse(body.Span, default, new JsonDocumentOptions { AllowDuplicateProperties = false }) as JsonObject
                ?? throw DynamoDbException.Serialization("The request body must be a JSON object");
        }
        catch (JsonException)
        {
            throw DynamoDbException.Serialization("The request body is not valid JSON");
        }
    }
}
