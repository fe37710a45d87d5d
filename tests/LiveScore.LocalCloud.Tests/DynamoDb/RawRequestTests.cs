using System.Text;
using LiveScore.LocalCloud.DynamoDb;

namespace LiveScore.LocalCloud.Tests.DynamoDb;

/// <summary>Requests no SDK would send: refused with DynamoDB's own error, never a server error.</summary>
public sealed class RawRequestTests
{
    private readonly DynamoDbEngine _engine = new(TimeProvider.System);

    [Theory]
    [InlineData("""{"TableName":"a","TableName":"b"}""", "SerializationException")]
    [InlineData("""{"TableName":""", "SerializationException")]
    [InlineData("""[]""", "SerializationException")]
    public async Task A_malformed_body_is_a_400_naming_the_error(string body, string code)
    {
        var response = await _engine.HandleAsync("DynamoDB_20120810.DescribeTable", Encoding.UTF8.GetBytes(body), CancellationToken.None);

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("#" + code, Encoding.UTF8.GetString(response.Body), StringComparison.Ordinal);
    }
}
