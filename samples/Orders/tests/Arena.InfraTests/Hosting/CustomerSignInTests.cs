using System.Text.Json.Nodes;
using Arena.Functions;
using LiveScore.Lambda.Catalog;

namespace Arena.InfraTests.Hosting;

/// <summary>Customers' routes accept only tokens of the stack's user pool, issued to the pages' client.</summary>
public class CustomerSignInTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    [Fact]
    public void Every_customer_route_uses_the_user_pool_authorizer_for_the_pages_client()
    {
        var customerRoutes = AppCatalog.Functions.SelectMany(f => f.HttpRoutes).Where(r => r.Authorization == RouteAuthorization.Customer).Select(r => r.ToString()).ToHashSet();
        var jwtAuthorizers = app.Json.Resources("AWS::ApiGatewayV2::Authorizer").Where(a => (string?)a.Resource["Properties"]!["AuthorizerType"] == "JWT").ToList();
        if (customerRoutes.Count == 0)
        {
            // Customers sign in only to chat: no HTTP route checks their tokens.
            Assert.Empty(jwtAuthorizers);
            return;
        }
        var (authorizerId, authorizer) = Assert.Single(jwtAuthorizers);
        var poolId = Assert.Single(app.Json.Resources("AWS::Cognito::UserPool")).LogicalId;
        var clientId = Assert.Single(app.Json.Resources("AWS::Cognito::UserPoolClient")).LogicalId;
        var jwt = authorizer["Properties"]!["JwtConfiguration"]!;

        Assert.Equal("JWT", (string?)authorizer["Properties"]!["AuthorizerType"]);
        Assert.Equal(["$request.header.Authorization"], authorizer["Properties"]!["IdentitySource"]!.AsArray().Select(s => (string?)s));
        Assert.True(JsonNode.DeepEquals(new JsonArray(TemplateJson.Ref(clientId)), jwt["Audience"]), jwt.ToJsonString());
        Assert.Contains(poolId, jwt["Issuer"]!.ToJsonString(), StringComparison.Ordinal);
        var routes = app.Json.Resources("AWS::ApiGatewayV2::Route").Select(r => r.Resource["Properties"]!.AsObject())
            .Where(p => customerRoutes.Contains((string)p["RouteKey"]!)).ToList();
        Assert.Equal(customerRoutes.Count, routes.Count);
        Assert.All(routes, route => Assert.True(JsonNode.DeepEquals(TemplateJson.Ref(authorizerId), route["AuthorizerId"]), route.ToJsonString()));
    }

    [Fact]
    public void The_pool_takes_self_sign_ups_by_email_with_the_local_pools_password_policy()
    {
        var pool = Assert.Single(app.Json.Resources("AWS::Cognito::UserPool")).Resource["Properties"]!;
        var policy = pool["Policies"]!["PasswordPolicy"]!;
        var client = Assert.Single(app.Json.Resources("AWS::Cognito::UserPoolClient")).Resource["Properties"]!;

        Assert.Equal(false, (bool?)pool["AdminCreateUserConfig"]!["AllowAdminCreateUserOnly"]);
        Assert.Equal(["email"], pool["UsernameAttributes"]!.AsArray().Select(a => (string?)a));
        Assert.Equal(["email"], pool["AutoVerifiedAttributes"]!.AsArray().Select(a => (string?)a));
        // The local user pool refuses the same passwords (LiveScore.LocalCloud's LocalUserPool).
        Assert.Equal((8, true, true, true, true),
            ((int?)policy["MinimumLength"], (bool?)policy["RequireLowercase"], (bool?)policy["RequireUppercase"], (bool?)policy["RequireNumbers"], (bool?)policy["RequireSymbols"]));
        Assert.Equal(false, (bool?)client["GenerateSecret"]);
        Assert.Equal("ENABLED", (string?)client["PreventUserExistenceErrors"]);
        Assert.Contains("ALLOW_USER_PASSWORD_AUTH", client["ExplicitAuthFlows"]!.AsArray().Select(f => (string?)f));
        Assert.DoesNotContain("ALLOW_ADMIN_USER_PASSWORD_AUTH", client["ExplicitAuthFlows"]!.AsArray().Select(f => (string?)f));
    }

    [Fact]
    public void The_pages_may_call_the_pools_api_their_config_names_the_client_and_the_stack_outputs_both()
    {
        var deployment = Assert.Single(app.Json.Resources("Custom::CDKBucketDeployment")).Resource["Properties"]!["SourceMarkers"]!.ToJsonString();
        var headers = Assert.Single(app.Json.Resources("AWS::CloudFront::ResponseHeadersPolicy")).Resource.ToJsonString();
        var outputs = app.Json.Root["Outputs"]!.AsObject();

        Assert.Contains("https://cognito-idp.", headers, StringComparison.Ordinal);
        Assert.Contains(Assert.Single(app.Json.Resources("AWS::Cognito::UserPoolClient")).LogicalId, deployment, StringComparison.Ordinal);
        Assert.True(outputs.ContainsKey("UserPoolId") && outputs.ContainsKey("UserPoolClientId"));
    }
}
