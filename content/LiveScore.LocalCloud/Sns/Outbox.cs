namespace LiveScore.LocalCloud.Sns;

public sealed record OutboxMessage(string MessageId, string TopicArn, string? Subject, string Message, IReadOnlyDictionary<string, string> Attributes, string Time);

/// <summary>Every message published to SNS locally, newest last: what the email subscribers would receive.</summary>
public sealed class Outbox
{
    public const int Capacity = 1000;
    private readonly Queue<OutboxMessage> _messages = new();

    public event Action<OutboxMessage>? Published;

    public void Add(OutboxMessage message)
    {
        lock (_messages)
        {
            if (_messages.Count == Capacity)
            {
                _messages.Dequeue();
            }
            _messages.Enqueue(message);
        }
        Published?.Invoke(message);
    }

    public IReadOnlyList<OutboxMessage> Snapshot()
    {
        lock (_messages)
        {
            return _messages.ToArray();
        }
    }
}
