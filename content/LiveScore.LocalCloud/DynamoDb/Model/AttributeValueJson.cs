using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LiveScore.LocalCloud.DynamoDb.Model;

/// <summary>Reads and writes values and items in DynamoDB's JSON form ({"S":"x"}, {"M":{...}}), checking them as DynamoDB does.</summary>
internal static class AttributeValueJson
{
    public static AttributeValue Read(JsonNode? node)
    {
        if (node is not JsonObject obj || obj.Count == 0)
            throw DynamoDbException.Validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        if (obj.Count > 1)
            throw DynamoDbException.Validation("Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
        var (name, payload) = obj.First();
        if (!Enum.TryParse<AttributeType>(name, ignoreCase: false, out var type) || !Enum.IsDefined(type))
            throw DynamoDbException.Validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        return type switch
        {
            AttributeType.S => AttributeValue.String(ReadString(payload)),
            AttributeType.N => AttributeValue.Number(DynamoNumber.Parse(ReadString(payload))),
            AttributeType.B => AttributeValue.Binary(ReadBinary(payload)),
            AttributeType.BOOL => AttributeValue.Boolean(ReadBool(payload)),
            AttributeType.NULL => ReadBool(payload)
                ? AttributeValue.Null
                : throw DynamoDbException.Validation("One or more parameter values were invalid: Null attribute value types must have the value of true"),
            AttributeType.L => AttributeValue.List(ReadArray(payload).Select(Read).ToList()),
            AttributeType.M => AttributeValue.Map(ReadItem(payload)),
            _ => ReadSet(type, ReadArray(payload)),
        };
    }

    private static AttributeValue ReadSet(AttributeType type, JsonArray array)
    {
        var memberType = AttributeValue.MemberType(type);
        if (array.Count == 0)
        {
            var kind = memberType switch { AttributeType.S => "string", AttributeType.N => "number", _ => "binary" };
            throw DynamoDbException.Validation($"One or more parameter values were invalid: An {kind} set  may not be empty");
        }
        var members = new List<AttributeValue>(array.Count);
        foreach (var element in array)
        {
            var text = ReadString(element);
            var member = memberType switch
            {
                AttributeType.S => AttributeValue.String(text),
                AttributeType.N => AttributeValue.Number(DynamoNumber.Parse(text)),
                _ => AttributeValue.Binary(DecodeBase64(text)),
            };
            if (members.Any(m => m.CompareTo(member) == 0))
            {
                var listed = string.Join(", ", array.Select(e => e?.GetValue<string>()));
                throw DynamoDbException.Validation($"One or more parameter values were invalid: Input collection [{listed}] contains duplicates");
            }
            members.Add(member);
        }
        return AttributeValue.Set(type, members);
    }

    /// <summary>Reads an item or map: attribute names to values, in the order given.</summary>
    public static Dictionary<string, AttributeValue> ReadItem(JsonNode? node)
    {
        if (node is not JsonObject obj) throw DynamoDbException.Serialization("Expected a map of attribute values");
        var item = new Dictionary<string, AttributeValue>(obj.Count, StringComparer.Ordinal);
        foreach (var (name, value) in obj)
        {
            if (name.Length == 0) throw DynamoDbException.Validation("Empty attribute name");
            item[name] = Read(value);
        }
        return item;
    }

    private static string ReadString(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : throw DynamoDbException.Serialization("Expected a string in an AttributeValue");

    private static bool ReadBool(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? v.GetValue<bool>()
            : throw DynamoDbException.Serialization("Expected a boolean in an AttributeValue");

    private static JsonArray ReadArray(JsonNode? node) =>
        node as JsonArray ?? throw DynamoDbException.Serialization("Expected a list in an AttributeValue");

    private static byte[] ReadBinary(JsonNode? node) => DecodeBase64(ReadString(node));

    private static byte[] DecodeBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw DynamoDbException.Serialization("Base64 encoded value could not be decoded");
        }
    }

    public static JsonObject Write(AttributeValue value)
    {
        JsonNode payload = value.Type switch
        {
            AttributeType.S => JsonValue.Create(value.S),
            AttributeType.N => JsonValue.Create(value.N.ToString()),
            AttributeType.B => JsonValue.Create(Convert.ToBase64String(value.B)),
            AttributeType.BOOL => JsonValue.Create(value.Bool),
            AttributeType.NULL => JsonValue.Create(true),
            AttributeType.L => new JsonArray(value.L.Select(v => (JsonNode)Write(v)).ToArray()),
            AttributeType.M => WriteItem(value.M),
            _ => new JsonArray(value.Members.Select(m => (JsonNode)JsonValue.Create(ScalarText(m))).ToArray()),
        };
        return new JsonObject { [value.Type.ToString()] = payload };
    }

    private static string ScalarText(AttributeValue member) => member.Type switch
    {
        AttributeType.S => member.S,
        AttributeType.N => member.N.ToString(),
        _ => Convert.ToBase64String(member.B),
    };

    public static JsonObject WriteItem(IEnumerable<KeyValuePair<string, AttributeValue>> item)
    {
        var obj = new JsonObject();
        foreach (var (name, value) in item) obj[name] = Write(value);
        return obj;
    }

    /// <summary>The item size DynamoDB checks against its 400 KB limit: names plus values.</summary>
    public static int ItemSize(IReadOnlyDictionary<string, AttributeValue> item) =>
        item.Sum(p => Encoding.UTF8.GetByteCount(p.Key) + p.Value.Size);
}
