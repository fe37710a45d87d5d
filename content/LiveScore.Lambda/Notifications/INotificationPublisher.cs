namespace LiveScore.Lambda.Notifications;

/// <summary>A message for an SNS topic; attributes become String message attributes for subscription filter policies.</summary>
public sealed record Notification(string TopicArn, string Subject, string Message, IReadOnlyDictionary<string, string> Attributes);

/// <summary>Port for SNS Publish.</summary>
public interface INotificationPublisher
{
    /// <returns>The SNS message id.</returns>
    Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken);
}
