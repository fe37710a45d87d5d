using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.SQS;
using Constructs;

namespace LiveScore._1.Infra.Hosting;

/// <summary>Where failed messages and events wait to be looked at: encrypted, TLS only, kept 14 days, alarmed.</summary>
public static class DeadLetterQueues
{
    private const int RetentionDays = 14;

    /// <summary>An encrypted, TLS-only dead-letter queue <c>{id}DeadLetters</c> with an alarm on its first message.</summary>
    /// <param name="alarmDescription">What a message waiting there means.</param>
    public static Queue Build(Construct scope, string id, string alarmDescription)
    {
        var deadLetters = new Queue(scope, id + "DeadLetters", new QueueProps
        {
            Encryption = QueueEncryption.SQS_MANAGED,
            EnforceSSL = true,
            RetentionPeriod = Duration.Days(RetentionDays),
        });
        const string IsDeadLetterQueue = "This is a dead-letter queue: what lands here waits, alarmed, for a person or the redrive; it has no dead-letter queue of its own.";
        NagSuppressions.Add(deadLetters, "AwsSolutions-SQS3", IsDeadLetterQueue);
        NagSuppressions.Add(deadLetters, "Serverless-SQSRedrivePolicy", IsDeadLetterQueue);
        _ = new Alarm(scope, id + "DeadLettersAlarm", new AlarmProps
        {
            AlarmDescription = alarmDescription,
            Metric = deadLetters.MetricApproximateNumberOfMessagesVisible(new MetricOptions { Period = Duration.Minutes(1), Statistic = "Maximum" }),
            Threshold = 1,
            EvaluationPeriods = 1,
            ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
        });
        return deadLetters;
    }
}
