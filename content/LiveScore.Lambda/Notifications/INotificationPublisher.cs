namespace LiveScore.Lambda.Notifications;

/// <summary>A message for an SNS topic; attributes become String message attributes for subscription filter policies.</summary>
/// <param name="TopicArn">The ARN of the topic to publish to.</param>
/// <param name="Subject">The subject line of email deliveries; empty for none.</param>
/// <param name="Message">The message body.</param>
/// <param name="Attributes">Message attributes, name to value.</param>
public sealed record Notification(string TopicArn, string Subject, string Message, IReadOnlyDictionary<string, string> Attributes);

/// <summary>Port for SNS Publish.</summary>
public interface INotificationPublisher
{
    /// <summary>Publishes one message to its topic.</summary>
    /// <returns>The SNS message id.</returns>
    Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken);
}
