using System.Globalization;
using System.Numerics;
using System.Text;

namespace LiveScore.LocalCloud.DynamoDb.Model;

/// <summary>
/// A DynamoDB number: up to 38 significant digits with a decimal exponent, which neither double nor decimal can hold.
/// Stored as Mantissa × 10^Exponent with no trailing zeros in the mantissa, so equal values have one representation.
/// </summary>
internal readonly record struct DynamoNumber(BigInteger Mantissa, int Exponent) : IComparable<DynamoNumber>
{
    private const int MaxSignificantDigits = 38;
    private const int MaxMagnitude = 125;
    private const int MinMagnitude = -130;

    public static DynamoNumber Zero => new(BigInteger.Zero, 0);

    public static DynamoNumber Parse(string text)
    {
        var (digits, exponent, negative) = Split(text)
            ?? throw DynamoDbException.Validation("A value provided cannot be converted into a number");
        var mantissa = digits.Length == 0 ? BigInteger.Zero : BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        return Normalize(negative ? -mantissa : mantissa, exponent);
    }

    // Accepts what Java's BigDecimal accepts (DynamoDB's own parser): sign, digits, optional point, optional exponent.
    private static (string Digits, int Exponent, bool Negative)? Split(string text)
    {
        var i = 0;
        var negative = false;
        if (i < text.Length && text[i] is '+' or '-') negative = text[i++] == '-';
        var digits = new StringBuilder();
        var fractionDigits = 0;
        var seenPoint = false;
        var seenDigit = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                seenDigit = true;
                digits.Append(c);
                if (seenPoint) fractionDigits++;
            }
            else if (c == '.' && !seenPoint) seenPoint = true;
            else break;
        }
        if (!seenDigit) return null;
        long exponent = 0;
        if (i < text.Length)
        {
            if (text[i] is not ('e' or 'E')) return null;
            i++;
            var exponentText = text[i..];
            if (exponentText.Length == 0 || exponentText.Length > 11 || exponentText[^1] is '+' or '-') return null;
            if (!long.TryParse(exponentText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)) return null;
        }
        var trimmed = digits.ToString().TrimStart('0');
        var scaled = exponent - fractionDigits;
        if (scaled is > int.MaxValue / 2 or < int.MinValue / 2) return null;
        return (trimmed, (int)scaled, negative);
    }

    private static DynamoNumber Normalize(BigInteger mantissa, int exponent)
    {
        if (mantissa.IsZero) return Zero;
        while (mantissa % 10 == 0)
        {
            mantissa /= 10;
            exponent++;
        }
        var digitCount = BigInteger.Abs(mantissa).ToString(CultureInfo.InvariantCulture).Length;
        if (digitCount > MaxSignificantDigits)
            throw DynamoDbException.Validation("DynamoDB only supports precision up to 38 digits");
        var magnitude = exponent + digitCount - 1;
        if (magnitude > MaxMagnitude)
            throw DynamoDbException.Validation("Number overflow. Attempting to store a number with magnitude larger than supported range");
        if (magnitude < MinMagnitude)
            throw DynamoDbException.Validation("Number underflow. Attempting to store a number with magnitude smaller than supported range");
        return new DynamoNumber(mantissa, exponent);
    }

    public DynamoNumber Add(DynamoNumber other)
    {
        var exponent = Math.Min(Exponent, other.Exponent);
        return Normalize(Scale(exponent) + other.Scale(exponent), exponent);
    }

    public DynamoNumber Negate() => new(-Mantissa, Exponent);

    private BigInteger Scale(int exponent) => Mantissa * BigInteger.Pow(10, Exponent - exponent);

    public int CompareTo(DynamoNumber other)
    {
        var sign = Mantissa.Sign.CompareTo(other.Mantissa.Sign);
        if (sign != 0 || Mantissa.IsZero) return sign;
        var exponent = Math.Min(Exponent, other.Exponent);
        return Scale(exponent).CompareTo(other.Scale(exponent));
    }

    /// <summary>Significant digits, which is what DynamoDB's size accounting charges for.</summary>
    public int DigitCount => Mantissa.IsZero ? 1 : BigInteger.Abs(Mantissa).ToString(CultureInfo.InvariantCulture).Length;

    // DynamoDB answers in plain notation without exponent or trailing zeros: "1E+2" reads back as "100".
    public override string ToString()
    {
        if (Mantissa.IsZero) return "0";
        var digits = BigInteger.Abs(Mantissa).ToString(CultureInfo.InvariantCulture);
        var sign = Mantissa.Sign < 0 ? "-" : "";
        if (Exponent >= 0) return sign + digits + new string('0', Exponent);
        var pointAt = digits.Length + Exponent;
        return pointAt > 0
            ? sign + digits[..pointAt] + "." + digits[pointAt..]
            : sign + "0." + new string('0', -pointAt) + digits;
    }
}
