using System.Collections.Concurrent;
using LiveScore.Lambda.Notifications;

namespace Arena.Tests.TestDoubles;

/// <summary>Records published notifications; can fail the next publish like a throttled SNS.</summary>
internal sealed class RecordingPublisher : INotificationPublisher
{
    public ConcurrentQueue<Notification> Sent { get; } = new();

    public bool FailNext { get; set; }

    /// <summary>Fails every publish of a notification it matches.</summary>
    public Func<Notification, bool> FailWhen { get; init; } = _ => false;

    public Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken)
    {
        if (FailNext || FailWhen(notification))
        {
            FailNext = false;
            throw new HttpRequestException("SNS unavailable");
        }
        Sent.Enqueue(notification);
        return Task.FromResult(Guid.NewGuid().ToString());
    }
}
