using LiveScore.LocalCloud.Tables;

namespace LiveScore.LocalCloud.Tests.Tables;

public sealed class DynamoNumberTests
{
    [Theory]
    [InlineData("1", "1.0")]
    [InlineData("10E-1", "1")]
    [InlineData("-0.50", "-.5")]
    [InlineData("0", "-0.000")]
    [InlineData("99999999999999999999999999999999999999", "9.9999999999999999999999999999999999999E37")]
    public void Equal_values_are_equal_whatever_their_spelling(string left, string right) =>
        Assert.Equal(DynamoNumber.Parse(left), DynamoNumber.Parse(right));

    [Theory]
    [InlineData("9", "10")]
    [InlineData("-10", "-9")]
    [InlineData("-1", "0")]
    [InlineData("0.001", "0.01")]
    [InlineData("12345678901234567890.123456789", "12345678901234567890.12345679")]
    public void Order_is_numeric_and_exact(string smaller, string larger)
    {
        Assert.True(DynamoNumber.Parse(smaller).CompareTo(DynamoNumber.Parse(larger)) < 0);
        Assert.True(DynamoNumber.Parse(larger).CompareTo(DynamoNumber.Parse(smaller)) > 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("1e")]
    [InlineData(".")]
    public void Text_that_is_not_a_number_is_refused(string text) => Assert.False(DynamoNumber.TryParse(text, out _));
}
