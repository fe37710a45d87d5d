namespace LiveScore.Lambda.Aws;

/// <summary>
/// Region and service endpoints from the standard AWS variables, so one binary can talk to AWS, LocalStack,
/// DynamoDB Local or the local cloud: <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>, then <c>AWS_ENDPOINT_URL</c>,
/// then the regional AWS endpoint.
/// </summary>
/// <param name="variable">Reads one environment variable; null when it is unset.</param>
public sealed class AwsEndpoints(Func<string, string?> variable)
{
    /// <summary>Endpoints from this process's environment variables.</summary>
    public static AwsEndpoints FromEnvironment() => new(Environment.GetEnvironmentVariable);

    /// <summary>The region from <c>AWS_REGION</c>, else <c>AWS_DEFAULT_REGION</c>; throws <see cref="InvalidOperationException"/> when neither is set.</summary>
    public string Region =>
        Read("AWS_REGION") ?? Read("AWS_DEFAULT_REGION")
        ?? throw new InvalidOperationException("No AWS region configured: set AWS_REGION or AWS_DEFAULT_REGION.");

    /// <summary>The base URL for a service: the configured override, else the regional AWS endpoint.</summary>
    /// <param name="serviceId">The service id as the variable names spell it, e.g. <c>SNS</c> or <c>DynamoDB</c>.</param>
    /// <param name="endpointPrefix">The host prefix of the regional endpoint, e.g. <c>sns</c>.</param>
    public Uri Resolve(string serviceId, string endpointPrefix)
    {
        var serviceVariable = "AWS_ENDPOINT_URL_" + serviceId.ToUpperInvariant().Replace(' ', '_');
        foreach (var name in new[] { serviceVariable, "AWS_ENDPOINT_URL" })
        {
            if (Read(name) is not { } configured) continue;
            return Uri.TryCreate(configured, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : throw new InvalidOperationException($"{name} is not an absolute http(s) URL: '{configured}'.");
        }
        var region = Region;
        var dnsSuffix = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        return new Uri($"https://{endpointPrefix}.{region}.{dnsSuffix}");
    }

    private string? Read(string name) => variable(name) is { Length: > 0 } value ? value.Trim() : null;
}
