using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Lambda.EventSources;
using Constructs;
using LiveScore.Lambda.Catalog;

namespace LiveScore._1.Infra.Hosting;

/// <summary>
/// Connects a function to a table's stream with the failure handling the catalog declares: partial batch
/// responses, bisect on error, bounded retries, and an alarmed dead-letter queue for what still fails, with the two
/// outputs the redrive command needs.
/// </summary>
public static class StreamMappingBuilder
{
    public static void Attach(Construct scope, string handlerId, Function function, StreamSource source, ITable table)
    {
        var id = ConstructIds.From(handlerId);
        var deadLetters = DeadLetterQueues.Build(scope, id + "Stream",
            $"Changes {handlerId} failed to process {source.MaxRetries + 1} times wait in its dead-letter queue: fix the cause, then redrive them.");

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
        _ = new CfnOutput(Stack.Of(scope), id + "DeadLettersUrl", new CfnOutputProps
        {
            Description = $"Failed batches of {handlerId}, for: dotnet run --project src/LiveScore.1.Local -- redrive {handlerId} --aws --queue-url <this> --function-name <{id}FunctionName>",
            Value = deadLetters.QueueUrl,
        });
        _ = new CfnOutput(Stack.Of(scope), id + "FunctionName", new CfnOutputProps
        {
            Description = $"The deployed {handlerId} function, for the redrive command's --function-name",
            Value = function.FunctionName,
        });
    }
}
