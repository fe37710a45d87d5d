using System.Text;
using LiveScore.Lambda.Events;

namespace LiveScore.LocalCloud.Tables;

/// <summary>Comparison and size of attribute values the way DynamoDB defines them (numbers by value, strings by UTF-8 bytes).</summary>
public static class AttributeValues
{
    /// <summary>Orders two key values of the same type: S by UTF-8 bytes, N numerically, B by bytes.</summary>
    public static int CompareKeys(AttributeValue left, AttributeValue right) => (left, right) switch
    {
        ({ S: { } a }, { S: { } b }) => Encoding.UTF8.GetBytes(a).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(b)),
        ({ N: { } a }, { N: { } b }) => DynamoNumber.Parse(a).CompareTo(DynamoNumber.Parse(b)),
        ({ B: { } a }, { B: { } b }) => Convert.FromBase64String(a).AsSpan().SequenceCompareTo(Convert.FromBase64String(b)),
        _ => throw new ArgumentException("Key values must both be S, N or B of the same type."),
    };

    /// <summary>A text that is equal for equal key values, so that keys can be dictionary keys.</summary>
    public static string KeyText(AttributeValue value) => value switch
    {
        { S: { } s } => "S" + s,
        { N: { } n } => "N" + DynamoNumber.Parse(n),
        { B: { } b } => "B" + b,
        _ => throw new ArgumentException("A key value must be S, N or B."),
    };

    public static bool AreEqual(IReadOnlyDictionary<string, AttributeValue>? left, IReadOnlyDictionary<string, AttributeValue>? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }
        return left.Count == right.Count
            && left.All(pair => right.TryGetValue(pair.Key, out var other) && AreEqual(pair.Value, other));
    }

    public static bool AreEqual(AttributeValue left, AttributeValue right) => (left, right) switch
    {
        ({ S: { } a }, { S: { } b }) => a == b,
        ({ N: { } a }, { N: { } b }) => DynamoNumber.Parse(a) == DynamoNumber.Parse(b),
        ({ B: { } a }, { B: { } b }) => a == b,
        ({ BOOL: { } a }, { BOOL: { } b }) => a == b,
        ({ NULL: true }, { NULL: true }) => true,
        ({ SS: { } a }, { SS: { } b }) => a.ToHashSet(StringComparer.Ordinal).SetEquals(b),
        ({ NS: { } a }, { NS: { } b }) => a.Select(DynamoNumber.Parse).ToHashSet().SetEquals(b.Select(DynamoNumber.Parse)),
        ({ BS: { } a }, { BS: { } b }) => a.ToHashSet(StringComparer.Ordinal).SetEquals(b),
        ({ L: { } a }, { L: { } b }) => a.Count == b.Count && a.Zip(b).All(pair => AreEqual(pair.First, pair.Second)),
        ({ M: { } a }, { M: { } b }) => AreEqual(a, b),
        _ => false,
    };

    /// <summary>
    /// Bytes as DynamoDB counts them for item size: attribute names plus values, where a number takes about one byte
    /// per two significant digits plus one, and lists and maps three bytes plus one per element.
    /// </summary>
    public static long Size(IReadOnlyDictionary<string, AttributeValue>? item) =>
        item?.Sum(pair => Encoding.UTF8.GetByteCount(pair.Key) + Size(pair.Value)) ?? 0;

    private static long Size(AttributeValue value) => value switch
    {
        { S: { } s } => Encoding.UTF8.GetByteCount(s),
        { N: { } n } => NumberSize(n),
        { B: { } b } => Convert.FromBase64String(b).Length,
        { SS: { } ss } => ss.Sum(s => (long)Encoding.UTF8.GetByteCount(s)),
        { NS: { } ns } => ns.Sum(NumberSize),
        { BS: { } bs } => bs.Sum(b => (long)Convert.FromBase64String(b).Length),
        { L: { } l } => 3 + l.Sum(element => 1 + Size(element)),
        { M: { } m } => 3 + m.Sum(pair => 1 + Encoding.UTF8.GetByteCount(pair.Key) + Size(pair.Value)),
        _ => 1,
    };

    private static long NumberSize(string number) => (DynamoNumber.Parse(number).Digits.Length + 1) / 2 + 1;
}
