using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Lambda.EventSources;
using Amazon.CDK.AWS.SQS;
using Constructs;
using LiveScore.Lambda.Catalog;

namespace Arena.Infra.Hosting;

/// <summary>
/// Connects a function to a table's stream with the failure handling the catalog declares: partial batch
/// responses, bisect on error, bounded retries, and an encrypted dead-letter queue for what still fails.
/// </summary>
public static class StreamMappingBuilder
{
    private const int DeadLetterRetentionDays = 14;

    public static void Attach(Construct scope, string handlerId, Function function, StreamSource source, ITable table)
    {
        var deadLetters = new Queue(scope, ConstructIds.From(handlerId) + "StreamFailures", new QueueProps
        {
            Encryption = QueueEncryption.SQS_MANAGED,
            EnforceSSL = true,
            RetentionPeriod = Duration.Days(DeadLetterRetentionDays),
        });

        function.AddEventSource(new DynamoEventSource(table, new DynamoEventSourceProps
        {
            // A live feed: replaying up to a day of old changes after the mapping is recreated would send stale
            // notifications, so processing starts at the newest record.
            StartingPosition = StartingPosition.LATEST,
            BatchSize = source.BatchSize,
            MaxBatchingWindow = Duration.Seconds(source.MaxBatchingWindowSeconds),
            BisectBatchOnError = source.BisectOnError,
            RetryAttempts = source.MaxRetries,
            ReportBatchItemFailures = true,
            OnFailure = new SqsDlq(deadLetters),
        }));
    }
}
