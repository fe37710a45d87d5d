using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LiveScore.LocalCloud.Sqs;

/// <summary>The AWS JSON 1.0 protocol of SQS (X-Amz-Target: AmazonSQS.*) translated to <see cref="SqsEngine"/> calls.</summary>
internal static partial class SqsActions
{
    private const string TargetPrefix = "AmazonSQS.";
    private const int MaxBatchEntries = 10;
    private const int MaxBatchBytes = 262_144;

    private delegate Task<JsonObject> Action(SqsEngine engine, JsonObject request, string endpoint, CancellationToken cancellationToken);

    private static readonly Dictionary<string, Action> Actions = new(StringComparer.Ordinal)
    {
        ["CreateQueue"] = Sync(CreateQueue),
        ["GetQueueUrl"] = Sync(GetQueueUrl),
        ["GetQueueAttributes"] = Sync(GetQueueAttributes),
        ["SetQueueAttributes"] = Sync((engine, request, _) => Empty(() => engine.SetQueueAttributes(QueueName(request), StringMap(request, "Attributes")))),
        ["ListQueues"] = Sync(ListQueues),
        ["DeleteQueue"] = Sync((engine, request, _) => Empty(() => engine.DeleteQueue(QueueName(request)))),
        ["PurgeQueue"] = Sync((engine, request, _) => Empty(() => engine.PurgeQueue(QueueName(request)))),
        ["SendMessage"] = Sync((engine, request, _) => SendMessage(engine, QueueName(request), request)),
        ["SendMessageBatch"] = Sync(SendMessageBatch),
        ["ReceiveMessage"] = ReceiveMessageAsync,
        ["DeleteMessage"] = Sync((engine, request, _) => Empty(() => engine.DeleteMessage(QueueName(request), RequiredString(request, "ReceiptHandle")))),
        ["DeleteMessageBatch"] = Sync((engine, request, _) =>
        {
            var queueName = QueueName(request);
            return Batch(engine, queueName, request, entry => Empty(() => engine.DeleteMessage(queueName, RequiredString(entry, "ReceiptHandle"))));
        }),
        ["ChangeMessageVisibility"] = Sync((engine, request, _) => Empty(() => engine.ChangeMessageVisibility(
            QueueName(request), RequiredString(request, "ReceiptHandle"), RequiredInt(request, "VisibilityTimeout")))),
        ["StartMessageMoveTask"] = Sync((engine, request, _) =>
        {
            engine.MoveMessages(RequiredString(request, "SourceArn"), OptionalString(request, "DestinationArn"));
            return new JsonObject { ["TaskHandle"] = Convert.ToBase64String(Guid.NewGuid().ToByteArray()) };
        }),
        ["ChangeMessageVisibilityBatch"] = Sync((engine, request, _) =>
        {
            var queueName = QueueName(request);
            return Batch(engine, queueName, request, entry => Empty(() => engine.ChangeMessageVisibility(
                queueName, RequiredString(entry, "ReceiptHandle"), RequiredInt(entry, "VisibilityTimeout"))));
        }),
    };

    // SQS actions this engine does not have: they get an error naming them rather than UnknownOperation.
    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "AddPermission", "RemovePermission", "TagQueue", "UntagQueue", "ListQueueTags", "ListDeadLetterSourceQueues",
        "CancelMessageMoveTask", "ListMessageMoveTasks",
    };

    // Request members that would change what SQS does in ways this engine does not model.
    private static readonly string[] UnsupportedSendMembers = ["MessageDeduplicationId", "MessageSystemAttributes"];

    public static async Task<SqsResponse> HandleAsync(
        SqsEngine engine, string? target, ReadOnlyMemory<byte> body, string endpoint, CancellationToken cancellationToken)
    {
        try
        {
            var name = target is not null && target.StartsWith(TargetPrefix, StringComparison.Ordinal) ? target[TargetPrefix.Length..] : "";
            if (!Actions.TryGetValue(name, out var action))
            {
                throw Unsupported.Contains(name)
                    ? SqsException.Unsupported($"The action {name}")
                    : new SqsException("UnknownOperationException", "InvalidAction", $"The action '{target}' is not valid for this endpoint.");
            }
            var result = await action(engine, Parse(body), endpoint, cancellationToken);
            return new SqsResponse(200, JsonSerializer.SerializeToUtf8Bytes(result));
        }
        catch (SqsException e)
        {
            var error = new JsonObject { ["__type"] = "com.amazonaws.sqs#" + e.Code, ["message"] = e.Message };
            return new SqsResponse(400, JsonSerializer.SerializeToUtf8Bytes(error), e.QueryCode + ";Sender");
        }
    }

    private static JsonObject CreateQueue(SqsEngine engine, JsonObject request, string endpoint)
    {
        if (request["tags"] is JsonObject { Count: > 0 }) throw SqsException.Unsupported("Queue tags");
        var name = RequiredString(request, "QueueName");
        engine.CreateQueue(name, StringMap(request, "Attributes"));
        return new JsonObject { ["QueueUrl"] = QueueUrl(engine, endpoint, name) };
    }

    private static JsonObject GetQueueUrl(SqsEngine engine, JsonObject request, string endpoint)
    {
        var name = RequiredString(request, "QueueName");
        var owner = OptionalString(request, "QueueOwnerAWSAccountId");
        if (!engine.QueueExists(name) || (owner is not null && owner != engine.AccountId)) throw SqsException.QueueDoesNotExist();
        return new JsonObject { ["QueueUrl"] = QueueUrl(engine, endpoint, name) };
    }

    private static JsonObject GetQueueAttributes(SqsEngine engine, JsonObject request, string endpoint)
    {
        var all = engine.GetQueueAttributes(QueueName(request));
        var wanted = Strings(request, "AttributeNames");
        var attributes = new JsonObject();
        foreach (var name in wanted.Contains("All") ? all.Keys : wanted)
        {
            if (all.TryGetValue(name, out var value)) attributes[name] = value;
            else if (!KnownOptionalAttributes.Contains(name)) throw SqsException.InvalidAttributeName(name);
        }
        return attributes.Count == 0 ? [] : new JsonObject { ["Attributes"] = attributes };
    }

    // Attributes a queue has only when set: asking for them on a queue without them is not an error.
    private static readonly HashSet<string> KnownOptionalAttributes = new(StringComparer.Ordinal) { "RedrivePolicy", "Policy" };

    private static JsonObject ListQueues(SqsEngine engine, JsonObject request, string endpoint)
    {
        var names = engine.ListQueues(OptionalString(request, "QueueNamePrefix"));
        var after = OptionalString(request, "NextToken");
        var max = OptionalInt(request, "MaxResults");
        if (max is < 1 or > 1000) throw SqsException.InvalidParameterValue("MaxResults must be from 1 to 1000.");
        var page = names.Where(n => after is null || string.CompareOrdinal(n, after) > 0).Take(max ?? 1000).ToList();
        var result = new JsonObject();
        if (page.Count > 0) result["QueueUrls"] = new JsonArray(page.Select(n => (JsonNode)QueueUrl(engine, endpoint, n)).ToArray());
        if (max is not null && page.Count == max && names[^1] != page[^1]) result["NextToken"] = page[^1];
        return result;
    }

    private static JsonObject SendMessage(SqsEngine engine, string queueName, JsonObject request)
    {
        foreach (var member in UnsupportedSendMembers)
        {
            if (request[member] is not null) throw SqsException.Unsupported($"{member} (FIFO queues and system attributes)");
        }
        var sent = engine.SendMessage(queueName, RequiredString(request, "MessageBody"), MessageAttributes(request), OptionalInt(request, "DelaySeconds"));
        var result = new JsonObject { ["MessageId"] = sent.MessageId, ["MD5OfMessageBody"] = sent.Md5OfMessageBody };
        if (sent.Md5OfMessageAttributes is not null) result["MD5OfMessageAttributes"] = sent.Md5OfMessageAttributes;
        return result;
    }

    private static JsonObject SendMessageBatch(SqsEngine engine, JsonObject request, string endpoint)
    {
        var queueName = QueueName(request);
        if (Entries(request).Sum(e => System.Text.Encoding.UTF8.GetByteCount(e.ToJsonString())) > MaxBatchBytes)
        {
            throw SqsException.Batch("BatchRequestTooLong", $"Batch requests cannot be longer than {MaxBatchBytes} bytes.");
        }
        return Batch(engine, queueName, request, entry => SendMessage(engine, queueName, entry));
    }

    private static async Task<JsonObject> ReceiveMessageAsync(SqsEngine engine, JsonObject request, string endpoint, CancellationToken cancellationToken)
    {
        var received = await engine.ReceiveMessagesAsync(QueueName(request), OptionalInt(request, "MaxNumberOfMessages") ?? 1,
            OptionalInt(request, "VisibilityTimeout"), OptionalInt(request, "WaitTimeSeconds"), cancellationToken);
        if (received.Count == 0) return [];
        var systemNames = Strings(request, "AttributeNames").Concat(Strings(request, "MessageSystemAttributeNames")).ToHashSet(StringComparer.Ordinal);
        var attributeNames = Strings(request, "MessageAttributeNames");
        var messages = new JsonArray();
        foreach (var message in received)
        {
            var json = new JsonObject
            {
                ["MessageId"] = message.MessageId,
                ["ReceiptHandle"] = message.ReceiptHandle,
                ["MD5OfBody"] = message.Md5OfBody,
                ["Body"] = message.Body,
            };
            var system = message.Attributes.Where(a => systemNames.Contains("All") || systemNames.Contains(a.Key)).ToList();
            if (system.Count > 0) json["Attributes"] = new JsonObject(system.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value)));
            var chosen = message.MessageAttributes.Where(a => IsWanted(a.Key, attributeNames)).ToDictionary(StringComparer.Ordinal);
            if (SqsMessageDigest.OfAttributes(chosen) is { } digest)
            {
                json["MessageAttributes"] = new JsonObject(chosen.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)AttributeJson(a.Value))));
                json["MD5OfMessageAttributes"] = digest;
            }
            messages.Add(json);
        }
        return new JsonObject { ["Messages"] = messages };
    }

    // "All" and ".*" select every attribute, "prefix.*" those under the prefix, anything else one attribute by name.
    private static bool IsWanted(string name, IReadOnlyList<string> wanted) => wanted.Any(w =>
        w is "All" or ".*" || w == name || (w.EndsWith(".*", StringComparison.Ordinal) && name.StartsWith(w[..^1], StringComparison.Ordinal)));

    /// <summary>Applies <paramref name="entry"/> to each entry; an entry's error fails that entry only, except for a missing queue.</summary>
    private static JsonObject Batch(SqsEngine engine, string queueName, JsonObject request, Func<JsonObject, JsonObject> entry)
    {
        var entries = Entries(request);
        if (entries.Count == 0) throw SqsException.Batch("EmptyBatchRequest", "There should be at least one entry in the request.");
        if (entries.Count > MaxBatchEntries)
        {
            throw SqsException.Batch("TooManyEntriesInBatchRequest", $"Maximum number of entries per request are {MaxBatchEntries}. You have sent {entries.Count}.");
        }
        var ids = entries.Select(e => OptionalString(e, "Id") ?? "").ToList();
        if (ids.FirstOrDefault(id => !BatchEntryIdPattern().IsMatch(id)) is { } invalid)
        {
            throw SqsException.Batch("InvalidBatchEntryId", $"A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long: '{invalid}'.");
        }
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            throw SqsException.Batch("BatchEntryIdsNotDistinct", "Two or more batch entries in the request have the same Id.");
        }
        if (!engine.QueueExists(queueName)) throw SqsException.QueueDoesNotExist();
        var successful = new JsonArray();
        var failed = new JsonArray();
        for (var i = 0; i < entries.Count; i++)
        {
            try
            {
                var result = entry(entries[i]);
                result["Id"] = ids[i];
                successful.Add(result);
            }
            catch (SqsException e) when (e.Code != "QueueDoesNotExist")
            {
                failed.Add(new JsonObject { ["Id"] = ids[i], ["SenderFault"] = true, ["Code"] = e.Code, ["Message"] = e.Message });
            }
        }
        return new JsonObject { ["Successful"] = successful, ["Failed"] = failed };
    }

    private static Dictionary<string, SqsMessageAttribute> MessageAttributes(JsonObject request)
    {
        var attributes = new Dictionary<string, SqsMessageAttribute>(StringComparer.Ordinal);
        if (request["MessageAttributes"] is not JsonObject map) return attributes;
        foreach (var (name, node) in map)
        {
            if (node is not JsonObject value) throw SqsException.InvalidParameterValue($"Message attribute '{name}' must be a structure.");
            if (value["StringListValues"] is not null || value["BinaryListValues"] is not null)
            {
                throw SqsException.Unsupported("StringListValues and BinaryListValues (reserved by SQS)");
            }
            var binary = OptionalString(value, "BinaryValue");
            try
            {
                attributes[name] = new SqsMessageAttribute(RequiredString(value, "DataType"), OptionalString(value, "StringValue"),
                    binary is null ? null : Convert.FromBase64String(binary));
            }
            catch (FormatException)
            {
                throw SqsException.InvalidParameterValue($"The BinaryValue of message attribute '{name}' is not base64.");
            }
        }
        return attributes;
    }

    private static JsonObject AttributeJson(SqsMessageAttribute attribute)
    {
        var json = new JsonObject { ["DataType"] = attribute.DataType };
        if (attribute.IsBinary) json["BinaryValue"] = Convert.ToBase64String(attribute.BinaryValue ?? []);
        else json["StringValue"] = attribute.StringValue;
        return json;
    }

    /// <summary>The queue a request names by URL, {endpoint}/{account}/{name}: its last path segment.</summary>
    private static string QueueName(JsonObject request)
    {
        var url = RequiredString(request, "QueueUrl").TrimEnd('/');
        var name = url[(url.LastIndexOf('/') + 1)..];
        return name.Length > 0 ? name : throw SqsException.QueueDoesNotExist();
    }

    private static string QueueUrl(SqsEngine engine, string endpoint, string queueName) => $"{endpoint}/{engine.AccountId}/{queueName}";

    private static JsonObject Empty(System.Action action)
    {
        action();
        return [];
    }

    private static Action Sync(Func<SqsEngine, JsonObject, string, JsonObject> action) =>
        (engine, request, endpoint, _) => Task.FromResult(action(engine, request, endpoint));

    private static JsonObject Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            // Duplicate members are refused as the services do (JsonObject would otherwise throw on them, a 500).
            return body.IsEmpty ? [] : JsonNode.Parse(body.Span, default, new JsonDocumentOptions { AllowDuplicateProperties = false }) as JsonObject
                ?? throw SqsException.InvalidParameterValue("The request body must be a JSON object.");
        }
        catch (JsonException)
        {
            throw SqsException.InvalidParameterValue("The request body is not valid JSON.");
        }
    }

    private static List<JsonObject> Entries(JsonObject request) => request["Entries"] switch
    {
        null => [],
        JsonArray entries => entries.Select(e => e as JsonObject ?? throw SqsException.InvalidParameterValue("Each batch entry must be a structure.")).ToList(),
        _ => throw SqsException.InvalidParameterValue("Entries must be a list."),
    };

    private static string? OptionalString(JsonObject request, string name) => request[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => throw SqsException.InvalidParameterValue($"{name} must be a string."),
    };

    private static string RequiredString(JsonObject request, string name) =>
        OptionalString(request, name) ?? throw SqsException.MissingParameter(name);

    private static int? OptionalInt(JsonObject request, string name) => request[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) => n,
        _ => throw SqsException.InvalidParameterValue($"{name} must be an integer."),
    };

    private static int RequiredInt(JsonObject request, string name) =>
        OptionalInt(request, name) ?? throw SqsException.MissingParameter(name);

    private static List<string> Strings(JsonObject request, string name) => request[name] switch
    {
        null => [],
        JsonArray items => items.Select(i => i is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>() : throw SqsException.InvalidParameterValue($"{name} must be a list of strings.")).ToList(),
        _ => throw SqsException.InvalidParameterValue($"{name} must be a list of strings."),
    };

    private static Dictionary<string, string> StringMap(JsonObject request, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request[name] is null) return map;
        if (request[name] is not JsonObject json) throw SqsException.InvalidParameterValue($"{name} must be a map of strings.");
        foreach (var (key, value) in json)
        {
            map[key] = value is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? v.GetValue<string>() : throw SqsException.InvalidParameterValue($"{name}.{key} must be a string.");
        }
        return map;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,80}$")]
    private static partial Regex BatchEntryIdPattern();
}
