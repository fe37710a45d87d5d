namespace LiveScore.LocalCloud.Tests.DynamoDb;

/// <summary>
/// A theory that needs DynamoDB Local (AWS_ENDPOINT_URL_DYNAMODB). Skipped when it is not configured on a developer
/// machine; in CI (CI=true) it runs anyway so that a missing DynamoDB Local fails the build instead of hiding.
/// </summary>
public sealed class DifferentialTheoryAttribute : TheoryAttribute
{
    public const string EndpointVariable = "AWS_ENDPOINT_URL_DYNAMODB";

    public DifferentialTheoryAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(EndpointVariable)) && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = $"{EndpointVariable} is not set: start DynamoDB Local and point it there to compare against it.";
    }
}
