using LiveScore.Lambda.Catalog;
using LiveScore.LocalCloud.Sns;

namespace LiveScore.LocalCloud;

/// <summary>
/// The environment the functions see locally: the same variables the CDK app sets, pointing at the local
/// cloud's endpoints, plus placeholder credentials so that request signing works without an AWS account.
/// </summary>
public static class LocalEnvironment
{
    public const string Region = "us-east-1";
    public const string Account = "000000000000";

    public static string TopicArn(string topic) => $"arn:aws:sns:{Region}:{Account}:{topic}";

    public static IReadOnlyDictionary<string, string> For(IEnumerable<FunctionDefinition> functions, Uri baseAddress, string? dynamoDbEndpoint)
    {
        var root = baseAddress.GetLeftPart(UriPartial.Authority);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AWS_ENDPOINT_URL_SNS"] = root + SnsEndpoints.Path,
        };
        if (dynamoDbEndpoint is not null)
        {
            variables["AWS_ENDPOINT_URL_DYNAMODB"] = dynamoDbEndpoint;
        }
        foreach (var binding in functions.SelectMany(f => f.Bindings))
        {
            variables[binding.Variable] = binding.Kind switch
            {
                ResourceKind.Table => binding.Resource,
                ResourceKind.Topic => TopicArn(binding.Resource),
                ResourceKind.WebSocketApi => root,
                _ => throw new NotSupportedException(binding.Kind.ToString()),
            };
        }
        return variables;
    }

    /// <summary>Sets the variables in this process (the in-process functions read them), keeping real credentials if present.</summary>
    public static void Apply(IReadOnlyDictionary<string, string> variables)
    {
        foreach (var (name, value) in variables)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
        SetIfMissing("AWS_REGION", Region);
        SetIfMissing("AWS_ACCESS_KEY_ID", "local");
        SetIfMissing("AWS_SECRET_ACCESS_KEY", "local");
    }

    private static void SetIfMissing(string name, string value)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)))
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
