using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Expressions;

using Item = IReadOnlyDictionary<string, AttributeValue>;

/// <summary>Something an expression reads from an item or from ExpressionAttributeValues; null means "does not exist".</summary>
internal abstract class Operand
{
    public abstract AttributeValue? Evaluate(Item item);

    /// <summary>The value when it is known without an item (a :placeholder), for DynamoDB's up-front type checks.</summary>
    public virtual AttributeValue? Constant => null;
}

internal sealed class PathOperand(DocumentPath path) : Operand
{
    public DocumentPath Path { get; } = path;

    public override AttributeValue? Evaluate(Item item) => Path.Resolve(item);
}

internal sealed class ValueOperand(AttributeValue value) : Operand
{
    public override AttributeValue? Constant => value;

    public override AttributeValue? Evaluate(Item item) => value;
}

/// <summary>size(path): string length, binary length, or number of elements.</summary>
internal sealed class SizeOperand(DocumentPath path) : Operand
{
    public override AttributeValue? Evaluate(Item item)
    {
        var value = path.Resolve(item);
        int? size = value?.Type switch
        {
            AttributeType.S => value.S.Length,
            AttributeType.B => value.B.Length,
            AttributeType.L => value.L.Count,
            AttributeType.M => value.M.Count,
            AttributeType.SS or AttributeType.NS or AttributeType.BS => value.Members.Count,
            _ => null,
        };
        return size is { } n ? AttributeValue.Number(DynamoNumber.Parse(n.ToString(System.Globalization.CultureInfo.InvariantCulture))) : null;
    }
}

/// <summary>if_not_exists(path, fallback) in an update's SET.</summary>
internal sealed class IfNotExistsOperand(DocumentPath path, Operand fallback) : Operand
{
    public override AttributeValue? Evaluate(Item item) => path.Resolve(item) ?? fallback.Evaluate(item);
}

/// <summary>list_append(first, second) in an update's SET.</summary>
internal sealed class ListAppendOperand(Operand first, Operand second) : Operand
{
    public override AttributeValue? Evaluate(Item item)
    {
        var a = UpdateErrors.Require(first.Evaluate(item));
        var b = UpdateErrors.Require(second.Evaluate(item));
        if (a.Type != AttributeType.L || b.Type != AttributeType.L) throw UpdateErrors.WrongType();
        return AttributeValue.List([.. a.L, .. b.L]);
    }
}

/// <summary>a + b or a - b in an update's SET; both sides must be numbers.</summary>
internal sealed class ArithmeticOperand(Operand left, Operand right, bool subtract) : Operand
{
    public override AttributeValue? Evaluate(Item item)
    {
        var a = UpdateErrors.Require(left.Evaluate(item));
        var b = UpdateErrors.Require(right.Evaluate(item));
        if (a.Type != AttributeType.N || b.Type != AttributeType.N) throw UpdateErrors.WrongType();
        return AttributeValue.Number(a.N.Add(subtract ? b.N.Negate() : b.N));
    }
}

/// <summary>The runtime failures of update expressions, worded as DynamoDB words them.</summary>
internal static class UpdateErrors
{
    public static AttributeValue Require(AttributeValue? value) => value
        ?? throw DynamoDbException.Validation("The provided expression refers to an attribute that does not exist in the item");

    public static DynamoDbException WrongType() =>
        DynamoDbException.Validation("An operand in the update expression has an incorrect data type");

    public static DynamoDbException InvalidPath() =>
        DynamoDbException.Validation("The document path provided in the update expression is invalid for update");
}
