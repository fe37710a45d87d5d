namespace LiveScore.LocalCloud.Sqs;

/// <summary>
/// An error SQS reports to the caller. <see cref="Code"/> is the JSON protocol's error shape name; <see cref="QueryCode"/>
/// the code of the older Query protocol, which SQS still sends in the x-amzn-query-error header for clients that
/// compare against it.
/// </summary>
public sealed class SqsException(string code, string queryCode, string message) : Exception(message)
{
    public string Code { get; } = code;

    public string QueryCode { get; } = queryCode;

    internal static SqsException QueueDoesNotExist() =>
        new("QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.");

    internal static SqsException QueueNameExists(string name) =>
        new("QueueNameExists", "QueueAlreadyExists", $"A queue named {name} already exists with different attributes.");

    internal static SqsException InvalidParameterValue(string message) =>
        new("InvalidParameterValue", "InvalidParameterValue", message);

    internal static SqsException MissingParameter(string name) =>
        new("MissingParameter", "MissingParameter", $"The request must contain the parameter {name}.");

    internal static SqsException InvalidAttributeName(string name) =>
        new("InvalidAttributeName", "InvalidAttributeName", $"Unknown Attribute {name}.");

    internal static SqsException InvalidAttributeValue(string name, string why) =>
        new("InvalidAttributeValue", "InvalidAttributeValue", $"Invalid value for the parameter {name}: {why}");

    internal static SqsException ReceiptHandleIsInvalid(string handle) =>
        new("ReceiptHandleIsInvalid", "ReceiptHandleIsInvalid", $"The input receipt handle \"{handle}\" is not a valid receipt handle.");

    internal static SqsException MessageNotInflight() =>
        new("MessageNotInflight", "AWS.SimpleQueueService.MessageNotInflight", "The message referred to is not in flight.");

    internal static SqsException InvalidMessageContents(string why) =>
        new("InvalidMessageContents", "InvalidMessageContents", why);

    internal static SqsException Batch(string code, string message) =>
        new(code, "AWS.SimpleQueueService." + code, message);

    /// <summary>A real SQS feature the local cloud does not have: named, so nobody mistakes it for a different answer.</summary>
    internal static SqsException Unsupported(string feature) =>
        new("UnsupportedOperation", "AWS.SimpleQueueService.UnsupportedOperation",
            $"{feature} is not supported by the local cloud's SQS.");
}
