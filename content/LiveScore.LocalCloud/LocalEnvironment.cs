using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Runtime;
using LiveScore.LocalCloud.Sns;

namespace LiveScore.LocalCloud;

/// <summary>
/// The environment each function sees locally, as Lambda builds it: its handler, its Runtime API, its own settings
/// (the same variables the CDK app sets, pointing at the local cloud's endpoints), a region and credentials.
/// </summary>
public static class LocalEnvironment
{
    public const string Region = "us-east-1";
    public const string Account = "000000000000";

    /// <summary>The local user pool's client, which the pages sign in through.</summary>
    public const string UserPoolClientId = "local-pages";

    /// <summary>The local user pool's id, shaped as Cognito's <c>{region}_{id}</c>.</summary>
    public static string UserPoolId(string region) => region + "_localpool";

    /// <summary>The local user pool's issuer URL: the <c>iss</c> of its tokens, under which its key set is served.</summary>
    /// <param name="root">The local cloud's base URL, such as http://127.0.0.1:5080.</param>
    public static string UserPoolIssuer(string root, string region) => $"{root}{Cognito.CognitoEndpoints.Path}/{UserPoolId(region)}";

    public static string TopicArn(string topic) => $"arn:aws:sns:{Region}:{Account}:{topic}";

    /// <summary>
    /// The region (the caller's AWS_REGION, or us-east-1) and the placeholder credentials that the local cloud and its
    /// functions sign with: real credentials never leave for a local endpoint.
    /// </summary>
    /// <remarks>DynamoDB Local keeps one database per access key and region (unless run with -sharedDb), so the cloud,
    /// its functions and the tests use the same ones.</remarks>
    public static (string Region, string AccessKeyId, string SecretAccessKey) Identity(Func<string, string?> environment) => (
        NonEmpty(environment("AWS_REGION")) ?? Region,
        "local",
        "local");

    /// <param name="root">The local cloud's base URL, such as http://127.0.0.1:5080.</param>
    /// <param name="dynamoDbEndpoint">The embedded DynamoDB endpoint, or DynamoDB Local's.</param>
    /// <param name="runtimeApi">The function's AWS_LAMBDA_RUNTIME_API (host:port and path).</param>
    public static IReadOnlyDictionary<string, string> For(
        FunctionDefinition function, string root, string dynamoDbEndpoint, string runtimeApi, Func<string, string?> environment)
    {
        var (region, accessKeyId, secretAccessKey) = Identity(environment);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RuntimeSettings.HandlerVariable] = function.Id,
            [RuntimeSettings.FunctionNameVariable] = function.Id,
            [RuntimeSettings.RuntimeApiVariable] = runtimeApi,
            ["AWS_REGION"] = region,
            ["AWS_ACCESS_KEY_ID"] = accessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = secretAccessKey,
            ["AWS_ENDPOINT_URL_DYNAMODB"] = dynamoDbEndpoint,
            ["AWS_ENDPOINT_URL_SNS"] = root + SnsEndpoints.Path,
            ["AWS_ENDPOINT_URL_SQS"] = root + LocalCloudHost.SqsPath,
            ["AWS_ENDPOINT_URL_S3"] = root + LocalCloudHost.S3Path,
        };
        foreach (var binding in function.Bindings)
        {
            variables[binding.Variable] = binding.Kind switch
            {
                ResourceKind.Table => binding.Resource,
                ResourceKind.Topic => TopicArn(binding.Resource),
                ResourceKind.WebSocketApi => root,
                ResourceKind.Queue => $"{root}{LocalCloudHost.SqsPath}/{Account}/{binding.Resource}",
                ResourceKind.Bucket => new BucketDefinition(binding.Resource).LocalName,
                ResourceKind.UserPool => UserPoolIssuer(root, region),
                ResourceKind.UserPoolClient => UserPoolClientId,
                _ => throw new NotSupportedException(binding.Kind.ToString()),
            };
        }
        return variables;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
