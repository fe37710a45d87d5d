using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LiveScore.LocalCloud.Sqs;

/// <summary>
/// In-memory standard SQS queues. Every operation runs under one lock; time comes from the <see cref="TimeProvider"/>,
/// so visibility timeouts, delays, retention and long polls follow a test's fake clock.
/// </summary>
/// <remarks>
/// An in-process poller (an event source mapping) uses the public methods directly with queue names:
/// <see cref="ReceiveMessagesAsync"/>, then <see cref="DeleteMessage"/> or <see cref="ChangeMessageVisibility"/>
/// with each message's receipt handle — the same semantics the wire protocol gets, without HTTP.
/// </remarks>
public sealed partial class SqsEngine(TimeProvider clock, string region = "us-east-1", string accountId = "000000000000")
{
    private const int MaxMessageAttributes = 10;

    private readonly Lock gate = new();
    private readonly Dictionary<string, SqsQueue> queues = new(StringComparer.Ordinal);
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int longPollsWaiting;

    public string AccountId { get; } = accountId;

    /// <summary>Receives waiting in a long poll right now; lets tests send only once a receive is parked.</summary>
    internal int LongPollsWaiting => Volatile.Read(ref longPollsWaiting);

    public string QueueArn(string queueName) => $"arn:aws:sqs:{region}:{AccountId}:{queueName}";

    /// <summary>Creates the queue, or does nothing if it exists with the same attributes (as SQS does).</summary>
    public void CreateQueue(string queueName, IReadOnlyDictionary<string, string>? attributes = null)
    {
        if (queueName.EndsWith(".fifo", StringComparison.Ordinal)) throw SqsException.Unsupported("FIFO queues");
        if (!QueueNamePattern().IsMatch(queueName))
        {
            throw SqsException.InvalidParameterValue(
                "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
        }
        var settings = new SqsQueueSettings().With(attributes ?? new Dictionary<string, string>());
        lock (gate)
        {
            CheckDeadLetterTarget(settings);
            if (queues.TryGetValue(queueName, out var existing))
            {
                if (existing.Settings.With(attributes ?? new Dictionary<string, string>()) != existing.Settings)
                {
                    throw SqsException.QueueNameExists(queueName);
                }
                return;
            }
            queues[queueName] = new SqsQueue(queueName, QueueArn(queueName), settings, clock.GetUtcNow());
        }
    }

    public bool QueueExists(string queueName)
    {
        lock (gate) return queues.ContainsKey(queueName);
    }

    /// <summary>All of the queue's attributes, settable and computed (QueueArn, ApproximateNumberOfMessages, ...).</summary>
    public IReadOnlyDictionary<string, string> GetQueueAttributes(string queueName)
    {
        lock (gate)
        {
            var queue = Find(queueName);
            var now = clock.GetUtcNow();
            queue.DropExpired(now);
            var attributes = new Dictionary<string, string>(queue.Settings.ToAttributes(), StringComparer.Ordinal)
            {
                ["QueueArn"] = queue.Arn,
                ["ApproximateNumberOfMessages"] = Text(queue.Count(m => m.IsVisible(now))),
                ["ApproximateNumberOfMessagesNotVisible"] = Text(queue.Count(m => m.IsInFlight(now))),
                ["ApproximateNumberOfMessagesDelayed"] = Text(queue.Count(m => m.IsDelayed(now))),
                ["CreatedTimestamp"] = Text(queue.CreatedAt.ToUnixTimeSeconds()),
                ["LastModifiedTimestamp"] = Text(queue.LastModifiedAt.ToUnixTimeSeconds()),
            };
            return attributes;
        }
    }

    public void SetQueueAttributes(string queueName, IReadOnlyDictionary<string, string> attributes)
    {
        lock (gate)
        {
            var queue = Find(queueName);
            var settings = queue.Settings.With(attributes);
            CheckDeadLetterTarget(settings);
            queue.Settings = settings;
            queue.LastModifiedAt = clock.GetUtcNow();
            Pulse();
        }
    }

    /// <summary>The names of the queues, in ordinal order, that start with <paramref name="prefix"/>.</summary>
    public IReadOnlyList<string> ListQueues(string? prefix = null)
    {
        lock (gate)
        {
            return queues.Keys.Where(name => name.StartsWith(prefix ?? "", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToList();
        }
    }

    public void DeleteQueue(string queueName)
    {
        lock (gate)
        {
            if (!queues.Remove(queueName)) throw SqsException.QueueDoesNotExist();
            Pulse();
        }
    }

    public void PurgeQueue(string queueName)
    {
        lock (gate) Find(queueName).Purge();
    }

    /// <param name="delaySeconds">0 to 900; the queue's DelaySeconds when null.</param>
    public SqsSentMessage SendMessage(
        string queueName, string body, IReadOnlyDictionary<string, SqsMessageAttribute>? attributes = null, int? delaySeconds = null)
    {
        attributes ??= new Dictionary<string, SqsMessageAttribute>();
        CheckBody(body);
        CheckAttributes(attributes);
        if (delaySeconds is < 0 or > 900)
        {
            throw SqsException.InvalidParameterValue($"Value {delaySeconds} for parameter DelaySeconds is invalid. Reason: must be from 0 to 900.");
        }
        lock (gate)
        {
            var queue = Find(queueName);
            var size = Encoding.UTF8.GetByteCount(body) + attributes.Sum(a => AttributeSize(a.Key, a.Value));
            if (size > queue.Settings.MaximumMessageSize)
            {
                throw SqsException.InvalidParameterValue(
                    $"One or more parameters are invalid. Reason: Message must be shorter than {queue.Settings.MaximumMessageSize} bytes.");
            }
            var now = clock.GetUtcNow();
            var message = new SqsMessage(Guid.NewGuid().ToString(), body, attributes, now)
            {
                VisibleAt = now + TimeSpan.FromSeconds(delaySeconds ?? queue.Settings.DelaySeconds),
            };
            queue.Add(message);
            Pulse();
            return new SqsSentMessage(message.Id, message.Md5OfBody, SqsMessageDigest.OfAttributes(attributes));
        }
    }

    /// <summary>
    /// Receives up to <paramref name="maxMessages"/> visible messages, hiding each for the visibility timeout. With a wait
    /// time (the queue's ReceiveMessageWaitTimeSeconds when null) it returns as soon as any message is available, or
    /// empty when the wait is over. A message already received maxReceiveCount times moves to the dead-letter queue
    /// instead of being returned again.
    /// </summary>
    public async Task<IReadOnlyList<SqsReceivedMessage>> ReceiveMessagesAsync(
        string queueName, int maxMessages = 1, int? visibilityTimeoutSeconds = null, int? waitTimeSeconds = null,
        CancellationToken cancellationToken = default)
    {
        CheckRange("MaxNumberOfMessages", maxMessages, 1, 10);
        if (visibilityTimeoutSeconds is { } visibility) CheckRange("VisibilityTimeout", visibility, 0, 43_200);
        if (waitTimeSeconds is { } wait) CheckRange("WaitTimeSeconds", wait, 0, 20);
        DateTimeOffset? deadline = null;
        while (true)
        {
            Task changedTask;
            TimeSpan sleep;
            lock (gate)
            {
                var queue = Find(queueName);
                var now = clock.GetUtcNow();
                deadline ??= now + TimeSpan.FromSeconds(waitTimeSeconds ?? queue.Settings.ReceiveMessageWaitTimeSeconds);
                var received = Take(queue, maxMessages, visibilityTimeoutSeconds ?? queue.Settings.VisibilityTimeout, now);
                if (received.Count > 0 || now >= deadline) return received;
                var wakeAt = queue.NextVisibleAt(now) is { } next && next < deadline ? next : deadline.Value;
                sleep = wakeAt - now;
                changedTask = changed.Task;
            }
            using var stopTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // The timer exists before the receive counts as waiting: whoever sees it waiting may move the clock.
            var timer = Task.Delay(sleep, clock, stopTimer.Token);
            Interlocked.Increment(ref longPollsWaiting);
            try
            {
                await Task.WhenAny(changedTask, timer);
            }
            finally
            {
                Interlocked.Decrement(ref longPollsWaiting);
                await stopTimer.CancelAsync();
            }
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>
    /// StartMessageMoveTask, done at once: moves every visible message of a dead-letter queue to
    /// <paramref name="destinationArn"/>, or back to the queue it came from, as a message never received.
    /// </summary>
    /// <returns>How many messages moved.</returns>
    public int MoveMessages(string sourceArn, string? destinationArn)
    {
        lock (gate)
        {
            var source = queues.Values.FirstOrDefault(q => q.Arn == sourceArn) ?? throw SqsException.QueueDoesNotExist();
            if (!queues.Values.Any(q => q.Settings.RedrivePolicy?.DeadLetterTargetArn == sourceArn))
            {
                throw SqsException.InvalidParameterValue("Source queue must be configured as a Dead Letter Queue.");
            }
            if (destinationArn is not null && queues.Values.All(q => q.Arn != destinationArn))
            {
                throw SqsException.InvalidParameterValue($"The destination queue does not exist: {destinationArn}.");
            }
            var now = clock.GetUtcNow();
            var moved = 0;
            foreach (var message in source.Visible(now))
            {
                if (queues.Values.FirstOrDefault(q => q.Arn == (destinationArn ?? message.DeadLetterSourceArn)) is not { } target)
                {
                    continue;
                }
                source.Remove(message);
                target.Add(new SqsMessage(message.Id, message.Body, message.Attributes, now));
                moved++;
            }
            Pulse();
            return moved;
        }
    }

    /// <summary>Deletes the message the handle was issued for; a handle of a deleted message or of an earlier receive is a no-op.</summary>
    public void DeleteMessage(string queueName, string receiptHandle)
    {
        lock (gate)
        {
            var queue = Find(queueName);
            if (queue.FindByReceiptHandle(receiptHandle) is { } message) queue.Remove(message);
        }
    }

    /// <summary>Hides an in-flight message for <paramref name="visibilityTimeoutSeconds"/> from now; 0 makes it visible at once.</summary>
    public void ChangeMessageVisibility(string queueName, string receiptHandle, int visibilityTimeoutSeconds)
    {
        CheckRange("VisibilityTimeout", visibilityTimeoutSeconds, 0, 43_200);
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var message = Find(queueName).FindByReceiptHandle(receiptHandle);
            if (message is null || !message.IsInFlight(now)) throw SqsException.MessageNotInflight();
            message.VisibleAt = now + TimeSpan.FromSeconds(visibilityTimeoutSeconds);
            Pulse();
        }
    }

    /// <summary>Handles one wire-protocol request: target is the X-Amz-Target header, endpoint the base of queue URLs.</summary>
    public Task<SqsResponse> HandleAsync(string? target, ReadOnlyMemory<byte> body, string endpoint, CancellationToken cancellationToken) =>
        SqsActions.HandleAsync(this, target, body, endpoint, cancellationToken);

    private List<SqsReceivedMessage> Take(SqsQueue queue, int maxMessages, int visibilityTimeoutSeconds, DateTimeOffset now)
    {
        queue.DropExpired(now);
        var received = new List<SqsReceivedMessage>();
        foreach (var message in queue.Visible(now))
        {
            if (received.Count == maxMessages) break;
            if (queue.Settings.RedrivePolicy is { } redrive && message.ReceiveCount >= redrive.MaxReceiveCount
                && queues.TryGetValue(redrive.DeadLetterQueueName, out var deadLetters))
            {
                queue.Remove(message);
                message.ReceiptHandle = null;
                message.VisibleAt = now;
                message.DeadLetterSourceArn = queue.Arn;
                deadLetters.Add(message);
                continue;
            }
            message.ReceiveCount++;
            message.FirstReceivedAt ??= now;
            message.ReceiptHandle = SqsQueue.NewReceiptHandle(message.Id);
            message.VisibleAt = now + TimeSpan.FromSeconds(visibilityTimeoutSeconds);
            received.Add(Snapshot(message));
        }
        return received;
    }

    private SqsReceivedMessage Snapshot(SqsMessage message)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["SenderId"] = AccountId,
            ["SentTimestamp"] = Text(message.SentAt.ToUnixTimeMilliseconds()),
            ["ApproximateReceiveCount"] = Text(message.ReceiveCount),
            ["ApproximateFirstReceiveTimestamp"] = Text(message.FirstReceivedAt!.Value.ToUnixTimeMilliseconds()),
        };
        if (message.DeadLetterSourceArn is { } source) attributes["DeadLetterQueueSourceArn"] = source;
        return new SqsReceivedMessage(message.Id, message.ReceiptHandle!, message.Body, message.Md5OfBody, attributes, message.Attributes);
    }

    private SqsQueue Find(string queueName) =>
        queues.TryGetValue(queueName, out var queue) ? queue : throw SqsException.QueueDoesNotExist();

    private void CheckDeadLetterTarget(SqsQueueSettings settings)
    {
        if (settings.RedrivePolicy is { } redrive
            && (!queues.TryGetValue(redrive.DeadLetterQueueName, out var target) || target.Arn != redrive.DeadLetterTargetArn))
        {
            throw SqsException.InvalidAttributeValue("RedrivePolicy", $"Dead letter target does not exist: {redrive.DeadLetterTargetArn}.");
        }
    }

    // Wakes every long poll so each checks its queue again.
    private void Pulse()
    {
        var previous = changed;
        changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }

    private static void CheckBody(string body)
    {
        if (body.Length == 0) throw SqsException.MissingParameter("MessageBody");
        foreach (var rune in body.EnumerateRunes())
        {
            if (!IsAllowed(rune.Value))
            {
                throw SqsException.InvalidMessageContents(
                    $"Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF (found #x{rune.Value:X}).");
            }
        }
    }

    private static bool IsAllowed(int c) => c is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or >= 0x10000;

    private static void CheckAttributes(IReadOnlyDictionary<string, SqsMessageAttribute> attributes)
    {
        if (attributes.Count > MaxMessageAttributes)
        {
            throw SqsException.InvalidParameterValue($"Number of message attributes [{attributes.Count}] exceeds the allowed maximum [{MaxMessageAttributes}].");
        }
        foreach (var (name, attribute) in attributes)
        {
            if (!AttributeNamePattern().IsMatch(name) || name.StartsWith("AWS.", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("Amazon.", StringComparison.OrdinalIgnoreCase))
            {
                throw SqsException.InvalidParameterValue($"Message attribute name '{name}' is invalid.");
            }
            var valid = attribute.DataType.Split('.', 2)[0] switch
            {
                "String" => !string.IsNullOrEmpty(attribute.StringValue),
                "Number" => decimal.TryParse(attribute.StringValue, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                "Binary" => attribute.BinaryValue is { Length: > 0 },
                _ => false,
            };
            if (!valid)
            {
                throw SqsException.InvalidParameterValue(
                    $"Message attribute '{name}' must have a DataType of String, Number or Binary and a matching non-empty value.");
            }
        }
    }

    private static int AttributeSize(string name, SqsMessageAttribute attribute) =>
        Encoding.UTF8.GetByteCount(name) + Encoding.UTF8.GetByteCount(attribute.DataType)
        + (attribute.BinaryValue?.Length ?? Encoding.UTF8.GetByteCount(attribute.StringValue ?? ""));

    private static void CheckRange(string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw SqsException.InvalidParameterValue(
                $"Value {value} for parameter {name} is invalid. Reason: Must be between {min} and {max}, if provided.");
        }
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,80}$")]
    private static partial Regex QueueNamePattern();

    [GeneratedRegex(@"^(?!\.)(?!.*\.\.)(?!.*\.$)[A-Za-z0-9_.-]{1,256}$")]
    private static partial Regex AttributeNamePattern();
}
