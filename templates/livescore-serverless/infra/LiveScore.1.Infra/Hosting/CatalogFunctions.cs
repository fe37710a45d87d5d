#if (datalake)
using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Lambda.EventSources;
#endif
using Constructs;
using LiveScore.Lambda.Catalog;

namespace LiveScore._1.Infra.Hosting;

/// <summary>Deploys a feature's function definitions with every trigger they declare.</summary>
public static class CatalogFunctions
{
    public static void Deploy(Construct scope, IEnumerable<FunctionDefinition> definitions, AppResources resources)
    {
        foreach (var definition in definitions)
        {
            var function = FunctionBuilder.Build(scope, definition, resources);
#if (chatSignIn)
            if (definition.AuthorizesWebSocketConnect)
            {
                resources.WebSocketApi.AuthorizeConnectWith(function);
            }
#endif
            if (definition.HttpRoutes.Count > 0)
            {
                resources.HttpApi.AddRoutes(definition.Id, function, definition.HttpRoutes);
            }

            if (definition.WebSocketRoutes.Count > 0)
            {
                resources.WebSocketApi.AddRoutes(definition.Id, function, definition.WebSocketRoutes);
            }

            if (definition.Stream is { } stream)
            {
                StreamMappingBuilder.Attach(scope, definition.Id, function, stream, resources.Table(stream.Table));
            }
#if (datalake)

            if (definition.Queue is { } queue)
            {
                function.AddEventSource(new SqsEventSource(resources.Queue(queue.Queue), new SqsEventSourceProps
                {
                    BatchSize = queue.BatchSize,
                    MaxBatchingWindow = queue.MaxBatchingWindowSeconds > 0 ? Duration.Seconds(queue.MaxBatchingWindowSeconds) : null,
                    ReportBatchItemFailures = true,
                }));
                NagSuppressions.Add(function.Node.Children.OfType<EventSourceMapping>().Last(), "Serverless-LambdaEventSourceMappingDestination",
                    "Lambda takes no on-failure destination for SQS sources: the queue's redrive policy moves failing messages to its alarmed dead-letter queue.");
            }
#endif
#if (audit)

            if (definition.BucketCalls is { } calls)
            {
                EventRuleBuilder.Attach(scope, definition.Id, function, calls, resources);
            }
#endif
        }
    }
}
