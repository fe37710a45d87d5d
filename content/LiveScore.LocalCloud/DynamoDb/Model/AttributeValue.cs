using System.Text;

namespace LiveScore.LocalCloud.DynamoDb.Model;

/// <summary>
/// An immutable DynamoDB value. Items are plain dictionaries of these; nested maps and lists are never changed in place,
/// so stored items, old images and stream records can share them safely.
/// </summary>
internal sealed class AttributeValue : IEquatable<AttributeValue>
{
    private readonly object value;

    private AttributeValue(AttributeType type, object value)
    {
        Type = type;
        this.value = value;
    }

    public AttributeType Type { get; }

    public string S => (string)value;
    public DynamoNumber N => (DynamoNumber)value;
    public byte[] B => (byte[])value;
    public bool Bool => (bool)value;

    /// <summary>Members of an SS, NS or BS, each an S, N or B value, in the order they were given.</summary>
    public IReadOnlyList<AttributeValue> Members => (IReadOnlyList<AttributeValue>)value;

    public IReadOnlyDictionary<string, AttributeValue> M => (IReadOnlyDictionary<string, AttributeValue>)value;
    public IReadOnlyList<AttributeValue> L => (IReadOnlyList<AttributeValue>)value;

    public bool IsSet => Type is AttributeType.SS or AttributeType.NS or AttributeType.BS;

    public static AttributeValue String(string s) => new(AttributeType.S, s);
    public static AttributeValue Number(DynamoNumber n) => new(AttributeType.N, n);
    public static AttributeValue Binary(byte[] b) => new(AttributeType.B, b);
    public static AttributeValue Boolean(bool b) => new(AttributeType.BOOL, b);
    public static AttributeValue Null { get; } = new(AttributeType.NULL, true);
    public static AttributeValue Map(IReadOnlyDictionary<string, AttributeValue> m) => new(AttributeType.M, m);
    public static AttributeValue List(IReadOnlyList<AttributeValue> l) => new(AttributeType.L, l);

    /// <summary>A set of the given type; callers check emptiness and duplicates before.</summary>
    public static AttributeValue Set(AttributeType type, IReadOnlyList<AttributeValue> members) => new(type, members);

    public static AttributeType MemberType(AttributeType setType) => setType switch
    {
        AttributeType.SS => AttributeType.S,
        AttributeType.NS => AttributeType.N,
        _ => AttributeType.B,
    };

    public static AttributeType SetType(AttributeType memberType) => memberType switch
    {
        AttributeType.S => AttributeType.SS,
        AttributeType.N => AttributeType.NS,
        _ => AttributeType.BS,
    };

    public bool IsScalarKeyType => Type is AttributeType.S or AttributeType.N or AttributeType.B;

    /// <summary>
    /// DynamoDB's order for S, N and B: UTF-8 bytes, numeric value, unsigned bytes. Only defined for equal scalar types.
    /// </summary>
    public int CompareTo(AttributeValue other) => Type switch
    {
        AttributeType.N => N.CompareTo(other.N),
        AttributeType.S => CompareUtf8(S, other.S),
        _ => B.AsSpan().SequenceCompareTo(other.B),
    };

    // Comparing code points gives UTF-8 byte order, which UTF-16 ordinal order does not for characters above U+FFFF.
    private static int CompareUtf8(string a, string b)
    {
        var left = a.EnumerateRunes();
        var right = b.EnumerateRunes();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight) return hasLeft.CompareTo(hasRight);
            var c = left.Current.Value.CompareTo(right.Current.Value);
            if (c != 0) return c;
        }
    }

    public bool Equals(AttributeValue? other)
    {
        if (other is null || other.Type != Type) return false;
        return Type switch
        {
            AttributeType.S or AttributeType.N or AttributeType.B => CompareTo(other) == 0,
            AttributeType.BOOL => Bool == other.Bool,
            AttributeType.NULL => true,
            AttributeType.L => L.Count == other.L.Count && L.Zip(other.L).All(p => p.First.Equals(p.Second)),
            AttributeType.M => M.Count == other.M.Count
                && M.All(p => other.M.TryGetValue(p.Key, out var v) && p.Value.Equals(v)),
            _ => Members.Count == other.Members.Count && Members.All(m => other.Contains(m)),
        };
    }

    public override bool Equals(object? obj) => obj is AttributeValue other && Equals(other);

    public override int GetHashCode() => Type switch
    {
        AttributeType.S => HashCode.Combine(Type, S),
        AttributeType.N => HashCode.Combine(Type, N),
        AttributeType.B => HashCode.Combine(Type, B.Length, B.Length > 0 ? B[0] : 0),
        _ => Type.GetHashCode(),
    };

    /// <summary>Set membership, for sets of matching member type.</summary>
    public bool Contains(AttributeValue member) => Members.Any(m => m.Type == member.Type && m.CompareTo(member) == 0);

    /// <summary>Bytes DynamoDB charges for this value, as documented for the 400 KB item limit.</summary>
    public int Size => Type switch
    {
        AttributeType.S => Encoding.UTF8.GetByteCount(S),
        AttributeType.N => (N.DigitCount + 1) / 2 + 1,
        AttributeType.B => B.Length,
        AttributeType.BOOL or AttributeType.NULL => 1,
        AttributeType.L => 3 + L.Sum(v => v.Size + 1),
        AttributeType.M => 3 + M.Sum(p => Encoding.UTF8.GetByteCount(p.Key) + p.Value.Size + 1),
        _ => Members.Sum(m => m.Size),
    };
}
