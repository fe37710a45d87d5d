using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// What API Gateway sends a WebSocket API's Lambda REQUEST authorizer on <c>$connect</c>: the upgrade request's headers
/// and query parameters, and the ARN of the route to allow or deny.
/// </summary>
public sealed record WebSocketAuthorizerRequest
{
    /// <summary>Always <c>REQUEST</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "REQUEST";

    /// <summary>The route's ARN, <c>arn:aws:execute-api:{region}:{account}:{api}/{stage}/$connect</c>: the resource of the answer's policy.</summary>
    [JsonPropertyName("methodArn")]
    public string MethodArn { get; set; } = "";

    /// <summary>Header names keep the client's case.</summary>
    [JsonPropertyName("headers")]
    public IReadOnlyDictionary<string, string>? Headers { get; set; }

    /// <summary>The query parameters of the <c>$connect</c> URL, one value per name.</summary>
    [JsonPropertyName("queryStringParameters")]
    public IReadOnlyDictionary<string, string>? QueryStringParameters { get; set; }

    /// <summary>The connection id, route and caller.</summary>
    [JsonPropertyName("requestContext")]
    public WebSocketRequestContext RequestContext { get; set; } = new();
}

/// <summary>A Lambda authorizer's answer: who the caller is, an IAM policy allowing or denying the route, and a context for the integration.</summary>
public sealed record AuthorizerResponse
{
    /// <summary>The caller's identifier.</summary>
    [JsonPropertyName("principalId")]
    public string PrincipalId { get; set; } = "";

    /// <summary>The IAM policy that allows or denies the route.</summary>
    [JsonPropertyName("policyDocument")]
    public AuthorizerPolicy PolicyDocument { get; set; } = new();

    /// <summary>String values passed to every event of the connection under <c>requestContext.authorizer</c>.</summary>
    [JsonPropertyName("context")]
    public IReadOnlyDictionary<string, string>? Context { get; set; }

    /// <summary>Allows <paramref name="methodArn"/> for <paramref name="principalId"/>, with <paramref name="context"/>.</summary>
    public static AuthorizerResponse Allow(string principalId, string methodArn, IReadOnlyDictionary<string, string>? context = null) =>
        new() { PrincipalId = principalId, PolicyDocument = AuthorizerPolicy.For("Allow", methodArn), Context = context };

    /// <summary>Denies <paramref name="methodArn"/>: API Gateway answers 403 and the route's function never runs.</summary>
    public static AuthorizerResponse Deny(string principalId, string methodArn) =>
        new() { PrincipalId = principalId, PolicyDocument = AuthorizerPolicy.For("Deny", methodArn) };

    /// <summary>Whether the policy allows <paramref name="methodArn"/>: some statement allows it and none denies it.</summary>
    public bool Allows(string methodArn)
    {
        var statements = PolicyDocument.Statement.Where(s => s.Action is "execute-api:Invoke" or "*" && (s.Resource == methodArn || s.Resource == "*")).ToList();
        return statements.Any(s => s.Effect == "Allow") && !statements.Any(s => s.Effect == "Deny");
    }
}

/// <summary>The IAM policy of an authorizer's answer.</summary>
public sealed record AuthorizerPolicy
{
    /// <summary>The policy language version, <c>2012-10-17</c>.</summary>
    [JsonPropertyName("Version")]
    public string Version { get; set; } = "2012-10-17";

    /// <summary>The statements; API Gateway lets the request in when one allows the route and none denies it.</summary>
    [JsonPropertyName("Statement")]
    public IReadOnlyList<AuthorizerStatement> Statement { get; set; } = [];

    /// <summary>One statement with <paramref name="effect"/> (<c>Allow</c> or <c>Deny</c>) on <paramref name="methodArn"/>.</summary>
    public static AuthorizerPolicy For(string effect, string methodArn) =>
        new() { Statement = [new AuthorizerStatement { Effect = effect, Resource = methodArn }] };
}

/// <summary>One statement: <c>execute-api:Invoke</c> allowed or denied on a route.</summary>
public sealed record AuthorizerStatement
{
    /// <summary><c>execute-api:Invoke</c>.</summary>
    [JsonPropertyName("Action")]
    public string Action { get; set; } = "execute-api:Invoke";

    /// <summary><c>Allow</c> or <c>Deny</c>.</summary>
    [JsonPropertyName("Effect")]
    public string Effect { get; set; } = "";

    /// <summary>The route's ARN.</summary>
    [JsonPropertyName("Resource")]
    public string Resource { get; set; } = "";
}
