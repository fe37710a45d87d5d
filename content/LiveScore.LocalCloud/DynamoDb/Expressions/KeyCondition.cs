using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Expressions;

/// <summary>
/// A KeyConditionExpression checked against a key schema: equality on the partition key and at most one
/// condition (comparison, BETWEEN or begins_with) on the sort key.
/// </summary>
internal sealed class KeyCondition
{
    private KeyCondition(AttributeValue hashValue, Condition? rangeCondition)
    {
        HashValue = hashValue;
        RangeCondition = rangeCondition;
    }

    public AttributeValue HashValue { get; }

    /// <summary>Evaluated on items of the partition, which all carry the sort key.</summary>
    public Condition? RangeCondition { get; }

    public static KeyCondition From(Condition condition, KeySchema schema)
    {
        var parts = condition is AndCondition and ? new[] { and.Left, and.Right } : [condition];
        AttributeValue? hashValue = null;
        Condition? rangeCondition = null;
        foreach (var part in parts)
        {
            var (name, values) = Describe(part);
            if (name == schema.HashName && part is ComparisonCondition { Comparator: "=" } && hashValue is null)
                hashValue = values[0];
            else if (name == schema.RangeName && rangeCondition is null)
                rangeCondition = part;
            else if (name == schema.HashName || name == schema.RangeName)
                throw DynamoDbException.Validation("KeyConditionExpressions must only contain one condition per key");
            else
                throw DynamoDbException.Validation("Query condition missed key schema element");
            if (values.Any(v => v.Type != schema.TypeOf(name)))
                throw DynamoDbException.Validation("One or more parameter values were invalid: Condition parameter type does not match schema type");
        }
        if (hashValue is null) throw DynamoDbException.Validation($"Query condition missed key schema element: {schema.HashName}");
        return new KeyCondition(hashValue, rangeCondition);
    }

    // The key attribute a condition constrains and the constant values it compares with.
    private static (string Name, AttributeValue[] Values) Describe(Condition condition)
    {
        var operands = condition switch
        {
            ComparisonCondition c => new[] { c.Left, c.Right },
            BetweenCondition b => [b.Value, b.Lower, b.Upper],
            FunctionCondition { Function: "begins_with" } f => f.Arguments.ToArray(),
            AndCondition => throw DynamoDbException.Validation("KeyConditionExpressions must only contain one condition per key"),
            OrCondition => throw DynamoDbException.Validation("Invalid operator used in KeyConditionExpression: OR"),
            NotCondition => throw DynamoDbException.Validation("Invalid operator used in KeyConditionExpression: NOT"),
            _ => throw DynamoDbException.Validation("Invalid operator used in KeyConditionExpression"),
        };
        if (condition is ComparisonCondition { Comparator: "<>" })
            throw DynamoDbException.Validation("Unsupported operator in KeyConditionExpression: <>");
        if (operands[0] is not PathOperand { Path.Elements.Count: 1 } path || operands.Skip(1).Any(o => o.Constant is null))
            throw DynamoDbException.Validation("Query key condition not supported");
        return (path.Path.TopLevelName, operands.Skip(1).Select(o => o.Constant!).ToArray());
    }
}
