using LiveScore.LocalCloud.Testing;

namespace Arena.IntegrationTests.LocalCloud;

/// <summary>
/// With <c>[InlineData(TestTables.Embedded)]</c>, runs the theory against DynamoDB Local too: skipped without
/// an endpoint, unless CI requires it.
/// </summary>
public sealed class DynamoDbLocalDataAttribute : Xunit.Sdk.DataAttribute
{
    public DynamoDbLocalDataAttribute()
    {
        if (DynamoDbLocal.Endpoint is null && !DynamoDbLocal.IsRequired)
        {
            Skip = $"Needs DynamoDB Local: set {DynamoDbLocal.EndpointVariable} (for example http://127.0.0.1:8000).";
        }
    }

    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [[TestTables.DynamoDbLocalEndpoint]];
}
