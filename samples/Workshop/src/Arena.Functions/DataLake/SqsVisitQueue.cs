using System.Text.Json;
using Amazon.SQS;

namespace Arena.Functions.DataLake;

/// <summary>The visit queue through the AWS SDK: one message per visit, its body the visit's JSON.</summary>
public sealed class SqsVisitQueue(IAmazonSQS sqs, string queueUrl) : IVisitQueue
{
    public async Task<string> SendAsync(VisitInput visit, CancellationToken cancellationToken) =>
        (await sqs.SendMessageAsync(queueUrl, JsonSerializer.Serialize(visit, DataLakeJsonContext.Web.VisitInput), cancellationToken)).MessageId;
}
