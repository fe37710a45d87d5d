using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Constructs;
using LiveScore.Lambda.Catalog;

namespace Arena.Infra.Hosting;

/// <summary>
/// Builds one Lambda function from its catalog definition: the shared Native AOT executable on
/// provided.al2023, started with the definition's handler id, with its bindings applied.
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
            LogGroup = new LogGroup(scope, id + "Logs", new LogGroupProps { Retention = LogRetention }),
        });

        foreach (var binding in definition.Bindings)
        {
            ResourceBinder.Bind(function, binding, resources);
        }

        resources.Add(definition.Id, function);
        return function;
    }
}
