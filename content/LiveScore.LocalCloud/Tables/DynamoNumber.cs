using System.Globalization;

namespace LiveScore.LocalCloud.Tables;

/// <summary>
/// A DynamoDB number read exactly from its text (up to 38 significant digits, more than double or decimal hold),
/// so that keys compare and sort like DynamoDB's without rounding: value = 0.<see cref="Digits"/> × 10^<see cref="Exponent"/>.
/// </summary>
public readonly record struct DynamoNumber(int Sign, string Digits, int Exponent) : IComparable<DynamoNumber>
{
    public static DynamoNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not a DynamoDB number.");

    public static bool TryParse(string? text, out DynamoNumber number)
    {
        number = default;
        var span = (text ?? "").AsSpan().Trim();
        var sign = 1;
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            sign = span[0] == '-' ? -1 : 1;
            span = span[1..];
        }
        var exponent = 0;
        var e = span.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            if (!int.TryParse(span[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
            {
                return false;
            }
            span = span[..e];
        }
        var point = span.IndexOf('.');
        var whole = point < 0 ? span : span[..point];
        var fraction = point < 0 ? [] : span[(point + 1)..];
        if (whole.Length + fraction.Length == 0 || !IsDigits(whole) || !IsDigits(fraction))
        {
            return false;
        }
        var digits = string.Concat(whole, fraction);
        var leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        number = digits.Length == 0
            ? new DynamoNumber(0, "", 0)
            : new DynamoNumber(sign, digits, whole.Length - leading + exponent);
        return true;
    }

    public int CompareTo(DynamoNumber other)
    {
        if (Sign != other.Sign)
        {
            return Sign.CompareTo(other.Sign);
        }
        var magnitude = Exponent != other.Exponent
            ? Exponent.CompareTo(other.Exponent)
            : string.CompareOrdinal(Digits, other.Digits);
        return Sign * magnitude;
    }

    /// <summary>Equal numbers have equal text here, whatever their spelling ("1", "1.0", "10E-1").</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sign}:{Digits}e{Exponent}");

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
