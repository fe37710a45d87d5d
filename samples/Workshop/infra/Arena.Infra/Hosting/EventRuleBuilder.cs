using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Lambda.Destinations;
using Constructs;
using LiveScore.Lambda.Catalog;
using CdkEventPattern = Amazon.CDK.AWS.Events.EventPattern;

namespace Arena.Infra.Hosting;

/// <summary>
/// Deploys a function's <see cref="BucketCallRule"/>: an EventBridge rule with the catalog's pattern (the deployed
/// bucket names in it) that invokes the function asynchronously. Events that cannot be delivered, and invocations
/// that still fail after Lambda's two retries, land in an alarmed dead-letter queue.
/// </summary>
public static class EventRuleBuilder
{
    private const int Retries = 2;

    public static void Attach(Construct scope, string handlerId, Function function, BucketCallRule rule, AppResources resources)
    {
        var id = ConstructIds.From(handlerId);
        var pattern = rule.EventPattern(name => resources.Bucket(name).BucketName);
        var deadLetters = DeadLetterQueues.Build(scope, id + "Events", $"Events for {handlerId} failed {Retries + 1} times and wait in its dead-letter queue.");
        _ = new Rule(scope, id + "Rule", new RuleProps
        {
            Description = $"S3 calls recorded by CloudTrail that {handlerId} handles.",
            EventPattern = new CdkEventPattern
            {
                Source = Values(pattern["source"]),
                DetailType = Values(pattern["detail-type"]),
                Detail = Fields(pattern["detail"]!.AsObject()),
            },
            Targets = [new LambdaFunction(function, new LambdaFunctionProps { RetryAttempts = Retries, MaxEventAge = Duration.Hours(6), DeadLetterQueue = deadLetters })],
        });
        function.ConfigureAsyncInvoke(new EventInvokeConfigOptions { RetryAttempts = Retries, OnFailure = new SqsDestination(deadLetters) });
    }

    private static string[] Values(JsonNode? values) => [.. values!.AsArray().Select(v => v!.GetValue<string>())];

    private static Dictionary<string, object> Fields(JsonObject fields) => fields.ToDictionary(
        field => field.Key,
        field => field.Value is JsonObject nested ? (object)Fields(nested) : Values(field.Value));
}
