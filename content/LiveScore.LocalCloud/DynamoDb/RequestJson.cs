using System.Text.Json;
using System.Text.Json.Nodes;

namespace LiveScore.LocalCloud.DynamoDb;

/// <summary>Typed reads of request members; a member of the wrong JSON type is a SerializationException as in DynamoDB.</summary>
internal static class RequestJson
{
    public static string? OptionalString(this JsonObject request, string name) => request[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => throw DynamoDbException.Serialization($"Unexpected value type for {name}: expected a string"),
    };

    public static string RequiredString(this JsonObject request, string name) => request.OptionalString(name)
        ?? throw DynamoDbException.Validation($"1 validation error detected: Value null at '{LowerFirst(name)}' failed to satisfy constraint: Member must not be null");

    public static long? OptionalNumber(this JsonObject request, string name) => request[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var n) => n,
        _ => throw DynamoDbException.Serialization($"Unexpected value type for {name}: expected an integer"),
    };

    public static bool? OptionalBool(this JsonObject request, string name) => request[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => throw DynamoDbException.Serialization($"Unexpected value type for {name}: expected a boolean"),
    };

    public static JsonObject? OptionalObject(this JsonObject request, string name) => request[name] switch
    {
        null => null,
        JsonObject o => o,
        _ => throw DynamoDbException.Serialization($"Unexpected value type for {name}: expected a structure"),
    };

    public static JsonObject RequiredObject(this JsonObject request, string name) => request.OptionalObject(name)
        ?? throw DynamoDbException.Validation($"1 validation error detected: Value null at '{LowerFirst(name)}' failed to satisfy constraint: Member must not be null");

    public static JsonArray? OptionalArray(this JsonObject request, string name) => request[name] switch
    {
        null => null,
        JsonArray a => a,
        _ => throw DynamoDbException.Serialization($"Unexpected value type for {name}: expected a list"),
    };

    public static JsonArray RequiredArray(this JsonObject request, string name) => request.OptionalArray(name)
        ?? throw DynamoDbException.Validation($"1 validation error detected: Value null at '{LowerFirst(name)}' failed to satisfy constraint: Member must not be null");

    public static IEnumerable<JsonObject> Objects(this JsonArray array) => array.Select(node =>
        node as JsonObject ?? throw DynamoDbException.Serialization("Unexpected value type in a list: expected a structure"));

    /// <summary>An enum-valued member checked against its allowed values, with DynamoDB's constraint message.</summary>
    public static string? OptionalEnum(this JsonObject request, string name, params string[] allowed)
    {
        var value = request.OptionalString(name);
        if (value is not null && !allowed.Contains(value))
            throw DynamoDbException.Validation(
                $"1 validation error detected: Value '{value}' at '{LowerFirst(name)}' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", allowed)}]");
        return value;
    }

    private static string LowerFirst(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
