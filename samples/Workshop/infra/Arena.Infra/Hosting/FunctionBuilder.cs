using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
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
        var function = new Function(scope, id + "Function", new FunctionProps
        {
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
            LogGroup = new LogGroup(scope, id + "Logs", new LogGroupProps { Retention = LogRetention }),
        });

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
}
