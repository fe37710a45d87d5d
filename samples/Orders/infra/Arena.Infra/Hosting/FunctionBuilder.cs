using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Constructs;
using LiveScore.Lambda.Catalog;

namespace Arena.Infra.Hosting;

/// <summary>
/// Builds one Lambda function from its catalog definition: the shared Native AOT executable on
/// provided.al2023, started with the definition's handler id, with its bindings applied, X-Ray tracing, logs kept a
/// month, and an alarm on its first failed invocation.
/// </summary>
public static class FunctionBuilder
{
    private const RetentionDays LogRetention = RetentionDays.ONE_MONTH;

    public static Function Build(Construct scope, FunctionDefinition definition, AppResources resources)
    {
        var id = ConstructIds.From(definition.Id);
        var logs = new LogGroup(scope, id + "Logs", new LogGroupProps { Retention = LogRetention });
        // A role of its own instead of the AWS managed basic execution policy, which may write to any log group.
        var role = new Role(scope, id + "Role", new RoleProps
        {
            AssumedBy = new ServicePrincipal("lambda.amazonaws.com"),
            Description = $"{definition.Id}: its own log group, X-Ray, and what its catalog bindings grant",
        });
        logs.GrantWrite(role);
        var function = new Function(scope, id + "Function", new FunctionProps
        {
            Role = role,
            Description = definition.Description,
            FunctionName = definition.Name,
            Runtime = Runtime.PROVIDED_AL2023,
            Architecture = FunctionPlatform.Architecture,
            Handler = definition.Id,
            Code = resources.FunctionCode,
            MemorySize = definition.MemoryMb,
            Timeout = Duration.Seconds(definition.TimeoutSeconds),
            LoggingFormat = LoggingFormat.JSON,
            Tracing = Tracing.ACTIVE,
            LogGroup = logs,
        });
        NagSuppressions.Add(role.Node.FindChild("DefaultPolicy"), "AwsSolutions-IAM5",
            "X-Ray's PutTraceSegments and PutTelemetryRecords, and DynamoDB's ListStreams (stream consumers), accept no resource but *.",
            "Resource::*");
        NagSuppressions.Add(function, "Serverless-LambdaDLQ", DeadLetterReason(definition));

        _ = new Alarm(scope, id + "ErrorsAlarm", new AlarmProps
        {
            AlarmDescription = $"{definition.Id} failed an invocation (an error or a timeout): see its logs.",
            Metric = function.MetricErrors(new MetricOptions { Period = Duration.Minutes(1), Statistic = "Sum" }),
            Threshold = 1,
            EvaluationPeriods = 1,
            ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
        });

        foreach (var binding in definition.Bindings)
        {
            ResourceBinder.Bind(function, binding, resources);
        }

        resources.Add(definition.Id, function);
        return function;
    }

    // A function dead-letter queue only catches failed asynchronous invocations; say where each kind of failure goes instead.
    private static string DeadLetterReason(FunctionDefinition definition) =>
        definition.Stream is not null ? "Invoked by a stream event source mapping: batches that fail go to the mapping's on-failure destination, an alarmed SQS queue."
        : definition.Queue is not null ? "Invoked by an SQS event source mapping: messages that keep failing move to the queue's own alarmed dead-letter queue."
        : definition.BucketCalls is not null ? "Invoked asynchronously by an EventBridge rule: failures go to the on-failure destination, an alarmed SQS queue (EventInvokeConfig)."
        : "Invoked synchronously by API Gateway: a failure is the caller's answer, there is no event to keep.";
}
