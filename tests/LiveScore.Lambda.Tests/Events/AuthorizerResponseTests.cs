using System.Text.Json;
using LiveScore.Lambda.Events;

namespace LiveScore.Lambda.Tests.Events;

public class AuthorizerResponseTests
{
    private const string Arn = "arn:aws:execute-api:eu-west-1:123456789012:abc/live/$connect";

    [Fact]
    public void An_allow_is_written_in_the_shape_api_gateway_reads()
    {
        var json = JsonSerializer.Serialize(
            AuthorizerResponse.Allow("user-1", Arn, new Dictionary<string, string> { ["sub"] = "user-1" }), HostingJsonContext.Default.AuthorizerResponse);

        Assert.Equal(
            $$$"""{"principalId":"user-1","policyDocument":{"Version":"2012-10-17","Statement":[{"Action":"execute-api:Invoke","Effect":"Allow","Resource":"{{{Arn}}}"}]},"context":{"sub":"user-1"}}""",
            json);
    }

    [Fact]
    public void A_policy_allows_the_route_only_when_a_statement_allows_it_and_none_denies_it()
    {
        var both = new AuthorizerResponse
        {
            PolicyDocument = new AuthorizerPolicy { Statement = [.. AuthorizerPolicy.For("Allow", Arn).Statement, .. AuthorizerPolicy.For("Deny", "*").Statement] },
        };

        Assert.True(AuthorizerResponse.Allow("p", Arn).Allows(Arn));
        Assert.False(AuthorizerResponse.Allow("p", Arn + "x").Allows(Arn));
        Assert.False(AuthorizerResponse.Deny("p", Arn).Allows(Arn));
        Assert.False(both.Allows(Arn));
    }
}
