using System.Text.Json;
using LiveScore.Lambda.Events;

namespace LiveScore.Lambda.Tests.Events;

public class BatchResponseTests
{
    [Fact]
    public void Failures_are_written_in_the_exact_shape_lambda_expects()
    {
        var response = new BatchResponse
        {
            BatchItemFailures = [new() { ItemIdentifier = "3b8e4f0a-6a57-4c1e-9d2e-8f6b1a2c3d4e" }, new() { ItemIdentifier = "111200000000012345678902" }],
        };

        Assert.Equal(
            """{"batchItemFailures":[{"itemIdentifier":"3b8e4f0a-6a57-4c1e-9d2e-8f6b1a2c3d4e"},{"itemIdentifier":"111200000000012345678902"}]}""",
            JsonSerializer.Serialize(response, HostingJsonContext.Default.BatchResponse));
    }

    [Fact]
    public void No_failures_is_an_empty_list_not_a_missing_one()
    {
        Assert.Equal("""{"batchItemFailures":[]}""", JsonSerializer.Serialize(new BatchResponse(), HostingJsonContext.Default.BatchResponse));
    }
}
