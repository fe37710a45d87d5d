using LiveScore.LocalCloud.Testing;
namespace LiveScore.LocalCloud.Tests;

/// <summary>A test that needs DynamoDB Local: skipped without an endpoint, unless CI requires it (then it fails, saying why).</summary>
public sealed class DynamoDbFactAttribute : FactAttribute
{
    public DynamoDbFactAttribute()
    {
        if (DynamoDbLocal.Endpoint is null && !DynamoDbLocal.IsRequired)
        {
            Skip = $"Needs DynamoDB Local: set {DynamoDbLocal.EndpointVariable} (for example http://127.0.0.1:8000).";
        }
    }
}
