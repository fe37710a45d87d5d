using System.Text.Json;
using LiveScore.Lambda;
using LiveScore.Lambda.Events;
using LiveScore.Lambda.Logging;
using LiveScore.Lambda.Notifications;

namespace Arena.Functions.Audit;

/// <summary>
/// <c>audit-alert</c>: EventBridge invokes it asynchronously with each matching CloudTrail event; it publishes one
/// alert. A failed publish fails the invocation and Lambda retries it twice, so an alert arrives at least once; a
/// retry after a publish whose answer was lost sends it twice.
/// </summary>
public sealed class AuditAlertHandler(INotificationPublisher publisher, string topicArn) : IFunctionHandler
{
    private static readonly byte[] Done = "{}"u8.ToArray();

    public static IFunctionHandler Create() => new AuditAlertHandler(AwsServices.Sns(), Settings.Required(AuditCatalog.TopicVariable));

    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
    {
        var @event = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.CloudTrailEvent);
        if (@event?.Detail is not { EventName.Length: > 0 } call)
        {
            throw new InvalidDataException("Not a CloudTrail event: the rule's pattern and this function disagree.");
        }
        var messageId = await publisher.PublishAsync(AuditAlert.For(@event, topicArn), context.CancellationToken);
        context.Log.Info("Bucket change alert sent.", [new("eventId", call.EventId), new("eventName", call.EventName), new("messageId", messageId)]);
        return Done;
    }
}
