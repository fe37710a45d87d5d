using System.Text;

namespace LiveScore.LocalCloud.Sqs;

/// <summary>One standard queue: its settings and its messages in the order they were sent.</summary>
internal sealed class SqsQueue(string name, string arn, SqsQueueSettings settings, DateTimeOffset createdAt)
{
    private readonly List<SqsMessage> messages = [];

    public string Name { get; } = name;
    public string Arn { get; } = arn;
    public SqsQueueSettings Settings { get; set; } = settings;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public DateTimeOffset LastModifiedAt { get; set; } = createdAt;

    public void Add(SqsMessage message) => messages.Add(message);

    public void Remove(SqsMessage message) => messages.Remove(message);

    public void Purge() => messages.Clear();

    /// <summary>Drops the messages older than the retention period, as SQS does on its own.</summary>
    public void DropExpired(DateTimeOffset now) =>
        messages.RemoveAll(m => now - m.SentAt >= TimeSpan.FromSeconds(Settings.MessageRetentionPeriod));

    public List<SqsMessage> Visible(DateTimeOffset now) => messages.Where(m => m.IsVisible(now)).ToList();

    public int Count(Func<SqsMessage, bool> predicate) => messages.Count(predicate);

    /// <summary>When the next delayed or in-flight message becomes visible: what a long poll waits for besides a send.</summary>
    public DateTimeOffset? NextVisibleAt(DateTimeOffset now) =>
        messages.Where(m => !m.IsVisible(now)).Select(m => (DateTimeOffset?)m.VisibleAt).Min();

    /// <summary>
    /// The message <paramref name="receiptHandle"/> was issued for, if it is still here and that was its latest receive;
    /// handles of deleted messages or of earlier receives find nothing, which SQS treats as done, not as an error.
    /// </summary>
    public SqsMessage? FindByReceiptHandle(string receiptHandle)
    {
        var messageId = MessageIdOf(receiptHandle);
        return messages.Find(m => m.Id == messageId && m.ReceiptHandle == receiptHandle);
    }

    public static string NewReceiptHandle(string messageId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{messageId} {Guid.NewGuid():N}"));

    private static string MessageIdOf(string receiptHandle)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(receiptHandle));
            var space = text.IndexOf(' ');
            if (space > 0) return text[..space];
        }
        catch (FormatException)
        {
        }
        throw SqsException.ReceiptHandleIsInvalid(receiptHandle);
    }
}
