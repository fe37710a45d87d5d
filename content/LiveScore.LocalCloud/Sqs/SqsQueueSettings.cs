using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LiveScore.LocalCloud.Sqs;

/// <summary>The attributes a caller sets on a queue, with SQS's defaults and allowed ranges.</summary>
internal sealed record SqsQueueSettings
{
    private static readonly Dictionary<string, (int Min, int Max)> Ranges = new(StringComparer.Ordinal)
    {
        ["VisibilityTimeout"] = (0, 43_200),
        ["MessageRetentionPeriod"] = (60, 1_209_600),
        ["DelaySeconds"] = (0, 900),
        ["MaximumMessageSize"] = (1_024, 262_144),
        ["ReceiveMessageWaitTimeSeconds"] = (0, 20),
    };

    private static readonly HashSet<string> FifoAttributes = new(StringComparer.Ordinal)
    {
        "FifoQueue", "ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit",
    };

    private static readonly HashSet<string> UnsupportedAttributes = new(StringComparer.Ordinal)
    {
        "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "RedriveAllowPolicy",
    };

    public int VisibilityTimeout { get; init; } = 30;
    public int MessageRetentionPeriod { get; init; } = 345_600;
    public int DelaySeconds { get; init; }
    public int MaximumMessageSize { get; init; } = 262_144;
    public int ReceiveMessageWaitTimeSeconds { get; init; }
    public bool SqsManagedSseEnabled { get; init; } = true;
    public SqsRedrivePolicy? RedrivePolicy { get; init; }
    public string? Policy { get; init; }

    /// <summary>These settings with <paramref name="attributes"/> applied; refuses the lot if any one is invalid.</summary>
    public SqsQueueSettings With(IReadOnlyDictionary<string, string> attributes)
    {
        var settings = this;
        foreach (var (name, value) in attributes)
        {
            settings = name switch
            {
                "VisibilityTimeout" => settings with { VisibilityTimeout = InRange(name, value) },
                "MessageRetentionPeriod" => settings with { MessageRetentionPeriod = InRange(name, value) },
                "DelaySeconds" => settings with { DelaySeconds = InRange(name, value) },
                "MaximumMessageSize" => settings with { MaximumMessageSize = InRange(name, value) },
                "ReceiveMessageWaitTimeSeconds" => settings with { ReceiveMessageWaitTimeSeconds = InRange(name, value) },
                "SqsManagedSseEnabled" => settings with { SqsManagedSseEnabled = Boolean(name, value) },
                "RedrivePolicy" => settings with { RedrivePolicy = value.Length == 0 ? null : ParseRedrivePolicy(value) },
                "Policy" => settings with { Policy = value.Length == 0 ? null : value },
                "FifoQueue" when value == "false" => settings,
                _ when FifoAttributes.Contains(name) => throw SqsException.Unsupported($"FIFO queues ({name})"),
                _ when UnsupportedAttributes.Contains(name) => throw SqsException.Unsupported($"The queue attribute {name}"),
                _ => throw SqsException.InvalidAttributeName(name),
            };
        }
        return settings;
    }

    public IEnumerable<KeyValuePair<string, string>> ToAttributes()
    {
        yield return new("VisibilityTimeout", Text(VisibilityTimeout));
        yield return new("MessageRetentionPeriod", Text(MessageRetentionPeriod));
        yield return new("DelaySeconds", Text(DelaySeconds));
        yield return new("MaximumMessageSize", Text(MaximumMessageSize));
        yield return new("ReceiveMessageWaitTimeSeconds", Text(ReceiveMessageWaitTimeSeconds));
        yield return new("SqsManagedSseEnabled", SqsManagedSseEnabled ? "true" : "false");
        if (RedrivePolicy is { } redrive)
        {
            yield return new("RedrivePolicy", new JsonObject
            {
                ["deadLetterTargetArn"] = redrive.DeadLetterTargetArn,
                ["maxReceiveCount"] = redrive.MaxReceiveCount,
            }.ToJsonString());
        }
        if (Policy is not null) yield return new("Policy", Policy);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int InRange(string name, string value)
    {
        var (min, max) = Ranges[name];
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw SqsException.InvalidAttributeValue(name, $"must be an integer from {min} to {max}.");
    }

    private static bool Boolean(string name, string value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => throw SqsException.InvalidAttributeValue(name, "must be true or false."),
    };

    // maxReceiveCount comes as a number or, from the console and older tools, as a string.
    private static SqsRedrivePolicy ParseRedrivePolicy(string json)
    {
        try
        {
            var policy = JsonNode.Parse(json) as JsonObject;
            var arn = policy?["deadLetterTargetArn"]?.GetValue<string>();
            var count = policy?["maxReceiveCount"] switch
            {
                JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<int>(),
                JsonValue v when v.GetValueKind() == JsonValueKind.String => int.Parse(v.GetValue<string>(), CultureInfo.InvariantCulture),
                _ => 0,
            };
            if (arn is null || !arn.StartsWith("arn:aws:sqs:", StringComparison.Ordinal) || count is < 1 or > 1000)
            {
                throw SqsException.InvalidAttributeValue("RedrivePolicy",
                    "it needs a deadLetterTargetArn (an SQS queue ARN) and a maxReceiveCount from 1 to 1000.");
            }
            return new SqsRedrivePolicy(arn, count);
        }
        catch (Exception e) when (e is JsonException or FormatException or OverflowException or InvalidOperationException)
        {
            throw SqsException.InvalidAttributeValue("RedrivePolicy", "it is not a valid JSON redrive policy.");
        }
    }
}
