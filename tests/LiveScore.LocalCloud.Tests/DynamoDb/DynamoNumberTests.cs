using LiveScore.LocalCloud.DynamoDb;
using LiveScore.LocalCloud.DynamoDb.Model;

namespace LiveScore.LocalCloud.Tests.DynamoDb;

public sealed class DynamoNumberTests
{
    [Theory]
    [InlineData("1.50", "1.5")]
    [InlineData("-0", "0")]
    [InlineData("0.000", "0")]
    [InlineData("1E+2", "100")]
    [InlineData("-1.50e3", "-1500")]
    [InlineData("+1", "1")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    [InlineData("1E-130", "0." + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000" + "1")]
    [InlineData("12345678901234567890123456789012345678", "12345678901234567890123456789012345678")]
    public void Normalizes_like_DynamoDB(string input, string expected) =>
        Assert.Equal(expected, DynamoNumber.Parse(input).ToString());

    [Theory]
    [InlineData("123456789012345678901234567890123456789")]
    [InlineData("1E+126")]
    [InlineData("1E-131")]
    [InlineData("abc")]
    [InlineData(" 1")]
    [InlineData("")]
    [InlineData("0x10")]
    public void Refuses_what_DynamoDB_refuses(string input) =>
        Assert.Equal("ValidationException", Assert.Throws<DynamoDbException>(() => DynamoNumber.Parse(input)).Code);

    [Fact]
    public void Compares_and_adds_beyond_decimal_precision()
    {
        var big = DynamoNumber.Parse("99999999999999999999999999999999999998");
        var bigger = DynamoNumber.Parse("99999999999999999999999999999999999999");
        Assert.True(big.CompareTo(bigger) < 0);
        Assert.Equal(bigger, big.Add(DynamoNumber.Parse("1")));
        Assert.True(DynamoNumber.Parse("-1E+100").CompareTo(DynamoNumber.Parse("1E-100")) < 0);
        Assert.Equal(0, DynamoNumber.Parse("1.0").CompareTo(DynamoNumber.Parse("1")));
    }
}
