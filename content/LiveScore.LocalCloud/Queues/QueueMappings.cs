using System.Globalization;
using System.Text.Json.Nodes;
using LiveScore.LocalCloud.Lambda;
using LiveScore.LocalCloud.Sqs;

namespace LiveScore.LocalCloud.Queues;

/// <summary>The catalog's queues, each with its dead-letter queue, and every SQS event source mapping, from start to shutdown.</summary>
public sealed class QueueMappings(LocalApplication application, SqsEngine sqs, LambdaService lambda, string region, TextWriter console, TimeProvider clock) : BackgroundLoops
{
    public void Start()
    {
        foreach (var queue in application.Queues)
        {
            sqs.CreateQueue(queue.DeadLetterQueueName);
            sqs.CreateQueue(queue.Name, new Dictionary<string, string>
            {
                ["VisibilityTimeout"] = queue.VisibilityTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
                ["RedrivePolicy"] = new JsonObject
                {
                    ["deadLetterTargetArn"] = sqs.QueueArn(queue.DeadLetterQueueName),
                    ["maxReceiveCount"] = queue.MaxReceiveCount,
                }.ToJsonString(),
            });
        }
        foreach (var function in application.Functions.Where(f => f.Queue is not null))
        {
            var source = function.Queue!;
            if (!application.Queues.Any(q => q.Name == source.Queue))
            {
                throw new InvalidOperationException($"{function.Id} reads the queue '{source.Queue}', which the catalog does not define.");
            }
            var mapping = new QueueMapping(function, source, sqs, lambda, region, console, clock);
            Run(mapping.RunAsync);
        }
    }
}
