using System.Text.Json.Nodes;

namespace LiveScore.LocalCloud.DynamoDb;

/// <summary>An error DynamoDB reports to the client as HTTP 400 with a typed JSON body.</summary>
internal sealed class DynamoDbException(string code, string message, JsonObject? extra = null) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>Fields sent beside the message, such as Item or CancellationReasons.</summary>
    public JsonObject? Extra { get; } = extra;

    public static DynamoDbException Validation(string message) => new("ValidationException", message);

    public static DynamoDbException Serialization(string message) => new("SerializationException", message);

    public static DynamoDbException TableNotFound() =>
        new("ResourceNotFoundException", "Cannot do operations on a non-existent table");

    public static DynamoDbException Unsupported(string feature) => Validation(
        $"{feature} is not supported by the embedded DynamoDB engine of the local cloud; " +
        "run the local cloud with --dynamodb-endpoint (DynamoDB Local) for it.");
}
