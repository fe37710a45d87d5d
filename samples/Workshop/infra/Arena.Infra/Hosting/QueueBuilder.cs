using Amazon.CDK;
using Amazon.CDK.AWS.SQS;
using Constructs;
using LiveScore.Lambda.Catalog;

namespace Arena.Infra.Hosting;

/// <summary>
/// Builds an SQS queue from its catalog definition, with its dead-letter queue: both encrypted and refusing plain
/// HTTP, and an alarm as soon as anything lands in the dead-letter queue.
/// </summary>
public static class QueueBuilder
{
    private const int RetentionDays = 14;

    public static void Build(Construct scope, QueueDefinition definition, AppResources resources)
    {
        var id = ConstructIds.From(definition.Name);
        var deadLetters = DeadLetterQueues.Build(scope, id, $"Messages of {definition.Name} failed {definition.MaxReceiveCount} times and wait in its dead-letter queue.");
        var queue = new Queue(scope, id + "Queue", new QueueProps
        {
            Encryption = QueueEncryption.SQS_MANAGED,
            EnforceSSL = true,
            VisibilityTimeout = Duration.Seconds(definition.VisibilityTimeoutSeconds),
            RetentionPeriod = Duration.Days(RetentionDays),
            DeadLetterQueue = new DeadLetterQueue { Queue = deadLetters, MaxReceiveCount = definition.MaxReceiveCount },
        });
        resources.Add(definition.Name, queue);
    }
}
