using System.Text.Json.Nodes;
using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Expressions;

/// <summary>
/// ExpressionAttributeNames and ExpressionAttributeValues of one request, shared by all its expressions,
/// remembering which were used because DynamoDB refuses unused ones.
/// </summary>
internal sealed class ExpressionAttributes
{
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AttributeValue> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedValues = new(StringComparer.Ordinal);

    private ExpressionAttributes() { }

    /// <summary>Reads both maps of a request (or of one transaction item) that has some expression.</summary>
    public static ExpressionAttributes Read(JsonObject request, bool hasExpressions, bool withValues = true)
    {
        var result = new ExpressionAttributes();
        var namesNode = request["ExpressionAttributeNames"];
        var valuesNode = withValues ? request["ExpressionAttributeValues"] : null;
        if (namesNode is not null)
        {
            if (!hasExpressions) throw DynamoDbException.Validation("ExpressionAttributeNames can only be specified when using expressions");
            if (namesNode is not JsonObject namesObject) throw DynamoDbException.Serialization("ExpressionAttributeNames must be a map");
            if (namesObject.Count == 0) throw DynamoDbException.Validation("ExpressionAttributeNames must not be empty");
            foreach (var (placeholder, name) in namesObject)
            {
                if (name is not JsonValue v || !v.TryGetValue<string>(out var text))
                    throw DynamoDbException.Serialization("ExpressionAttributeNames values must be strings");
                result.names[placeholder] = text;
            }
        }
        if (valuesNode is not null)
        {
            if (!hasExpressions) throw DynamoDbException.Validation("ExpressionAttributeValues can only be specified when using expressions");
            if (valuesNode is not JsonObject valuesObject) throw DynamoDbException.Serialization("ExpressionAttributeValues must be a map");
            if (valuesObject.Count == 0) throw DynamoDbException.Validation("ExpressionAttributeValues must not be empty");
            foreach (var (placeholder, value) in valuesObject)
            {
                if (!placeholder.StartsWith(':'))
                    throw DynamoDbException.Validation($"ExpressionAttributeValues contains invalid key: Syntax error; key: \"{placeholder}\"");
                result.values[placeholder] = AttributeValueJson.Read(value);
            }
        }
        return result;
    }

    public string Name(string placeholder, string expressionKind)
    {
        if (!names.TryGetValue(placeholder, out var name))
            throw DynamoDbException.Validation(
                $"Invalid {expressionKind}: An expression attribute name used in the document path is not defined; attribute name: {placeholder}");
        usedNames.Add(placeholder);
        return name;
    }

    public AttributeValue Value(string placeholder, string expressionKind)
    {
        if (!values.TryGetValue(placeholder, out var value))
            throw DynamoDbException.Validation(
                $"Invalid {expressionKind}: An expression attribute value used in expression is not defined; attribute value: {placeholder}");
        usedValues.Add(placeholder);
        return value;
    }

    /// <summary>Called once every expression of the request is parsed.</summary>
    public void EnsureAllUsed()
    {
        var unusedNames = names.Keys.Where(n => !usedNames.Contains(n)).ToList();
        if (unusedNames.Count > 0)
            throw DynamoDbException.Validation($"Value provided in ExpressionAttributeNames unused in expressions: keys: {{{string.Join(", ", unusedNames)}}}");
        var unusedValues = values.Keys.Where(v => !usedValues.Contains(v)).ToList();
        if (unusedValues.Count > 0)
            throw DynamoDbException.Validation($"Value provided in ExpressionAttributeValues unused in expressions: keys: {{{string.Join(", ", unusedValues)}}}");
    }
}
