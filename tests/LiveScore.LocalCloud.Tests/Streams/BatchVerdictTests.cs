using System.Text;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Lambda;
using LiveScore.LocalCloud.Streams;

namespace LiveScore.LocalCloud.Tests.Streams;

public sealed class BatchVerdictTests
{
    private static readonly IReadOnlyList<DynamoDbStreamRecord> Batch =
        new[] { "101", "102", "103" }.Select(n => new DynamoDbStreamRecord { EventId = "e" + n, Dynamodb = new StreamRecordData { SequenceNumber = n } }).ToList();

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("""{"batchItemFailures":[]}""")]
    [InlineData("""{"batchItemFailures":null}""")]
    public void No_reported_failure_is_a_complete_success(string response)
    {
        var verdict = BatchVerdict.Of(Succeeded(response), Batch);

        Assert.True(verdict.Succeeded);
        Assert.Equal(3, verdict.Completed);
    }

    [Fact]
    public void The_lowest_reported_sequence_number_is_where_the_batch_resumes()
    {
        var verdict = BatchVerdict.Of(Succeeded("""{"batchItemFailures":[{"itemIdentifier":"103"},{"itemIdentifier":"102"}]}"""), Batch);

        Assert.Equal((1, false), (verdict.Completed, verdict.WholeBatchFailed));
        Assert.Contains("102", verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":""}]}""")]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":null}]}""")]
    [InlineData("""{"batchItemFailures":[{"id":"102"}]}""")]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":"999"}]}""")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void A_response_lambda_cannot_use_fails_the_whole_batch(string response)
    {
        var verdict = BatchVerdict.Of(Succeeded(response), Batch);

        Assert.Equal((0, true), (verdict.Completed, verdict.WholeBatchFailed));
        Assert.False(verdict.Succeeded);
    }

    [Fact]
    public void A_function_error_fails_the_whole_batch_and_says_why()
    {
        var verdict = BatchVerdict.Of(InvocationOutcome.Failure("Sandbox.Timedout", "Task timed out after 30 seconds"), Batch);

        Assert.Equal((0, true), (verdict.Completed, verdict.WholeBatchFailed));
        Assert.Equal("function error Sandbox.Timedout: Task timed out after 30 seconds", verdict.Reason);
    }

    private static InvocationOutcome Succeeded(string response) => new(true, Encoding.UTF8.GetBytes(response), null);
}
