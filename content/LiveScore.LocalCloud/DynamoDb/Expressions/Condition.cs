using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.DynamoDb.Expressions;

using Item = IReadOnlyDictionary<string, AttributeValue>;

/// <summary>A parsed ConditionExpression, FilterExpression or KeyConditionExpression.</summary>
internal abstract class Condition
{
    public abstract bool Evaluate(Item item);
}

internal sealed class AndCondition(Condition left, Condition right) : Condition
{
    public Condition Left { get; } = left;
    public Condition Right { get; } = right;

    public override bool Evaluate(Item item) => Left.Evaluate(item) && Right.Evaluate(item);
}

internal sealed class OrCondition(Condition left, Condition right) : Condition
{
    public override bool Evaluate(Item item) => left.Evaluate(item) || right.Evaluate(item);
}

internal sealed class NotCondition(Condition inner) : Condition
{
    public override bool Evaluate(Item item) => !inner.Evaluate(item);
}

internal sealed class ComparisonCondition(string comparator, Operand left, Operand right) : Condition
{
    public string Comparator { get; } = comparator;
    public Operand Left { get; } = left;
    public Operand Right { get; } = right;

    public override bool Evaluate(Item item) => Compare(Comparator, Left.Evaluate(item), Right.Evaluate(item));

    public static bool Compare(string comparator, AttributeValue? a, AttributeValue? b)
    {
        if (comparator == "=") return a is not null && a.Equals(b);
        // A missing attribute is unequal to everything, so <> holds for it.
        if (comparator == "<>") return a is null || !a.Equals(b);
        if (!Ordered(a, b)) return false;
        var c = a!.CompareTo(b!);
        return comparator switch { "<" => c < 0, "<=" => c <= 0, ">" => c > 0, _ => c >= 0 };
    }

    public static bool Ordered(AttributeValue? a, AttributeValue? b) =>
        a is not null && b is not null && a.Type == b.Type && a.IsScalarKeyType;
}

internal sealed class BetweenCondition(Operand value, Operand lower, Operand upper) : Condition
{
    public Operand Value { get; } = value;
    public Operand Lower { get; } = lower;
    public Operand Upper { get; } = upper;

    public override bool Evaluate(Item item)
    {
        var (v, lo, hi) = (Value.Evaluate(item), Lower.Evaluate(item), Upper.Evaluate(item));
        return ComparisonCondition.Ordered(v, lo) && ComparisonCondition.Ordered(v, hi)
            && v!.CompareTo(lo!) >= 0 && v.CompareTo(hi!) <= 0;
    }
}

internal sealed class InCondition(Operand value, IReadOnlyList<Operand> candidates) : Condition
{
    public override bool Evaluate(Item item)
    {
        var v = value.Evaluate(item);
        return v is not null && candidates.Any(c => v.Equals(c.Evaluate(item)));
    }
}

/// <summary>attribute_exists, attribute_not_exists, attribute_type, begins_with and contains.</summary>
internal sealed class FunctionCondition(string function, IReadOnlyList<Operand> arguments) : Condition
{
    public string Function { get; } = function;
    public IReadOnlyList<Operand> Arguments { get; } = arguments;

    public override bool Evaluate(Item item)
    {
        var first = Arguments[0].Evaluate(item);
        var second = Arguments.Count > 1 ? Arguments[1].Evaluate(item) : null;
        return Function switch
        {
            "attribute_exists" => first is not null,
            "attribute_not_exists" => first is null,
            "attribute_type" => first is not null && second?.Type == AttributeType.S && first.Type.ToString() == second.S,
            "begins_with" => BeginsWith(first, second),
            _ => Contains(first, second),
        };
    }

    private static bool BeginsWith(AttributeValue? value, AttributeValue? prefix)
    {
        if (value is null || prefix is null || value.Type != prefix.Type) return false;
        return value.Type switch
        {
            AttributeType.S => value.S.StartsWith(prefix.S, StringComparison.Ordinal),
            AttributeType.B => value.B.AsSpan().StartsWith(prefix.B),
            _ => false,
        };
    }

    private static bool Contains(AttributeValue? container, AttributeValue? element)
    {
        if (container is null || element is null) return false;
        return container.Type switch
        {
            AttributeType.S => element.Type == AttributeType.S && container.S.Contains(element.S, StringComparison.Ordinal),
            AttributeType.B => element.Type == AttributeType.B && container.B.AsSpan().IndexOf(element.B) >= 0,
            AttributeType.L => container.L.Any(element.Equals),
            AttributeType.SS or AttributeType.NS or AttributeType.BS =>
                element.Type == AttributeValue.MemberType(container.Type) && container.Contains(element),
            _ => false,
        };
    }
}
