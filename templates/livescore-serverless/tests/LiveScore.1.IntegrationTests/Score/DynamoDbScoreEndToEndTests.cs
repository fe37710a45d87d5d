using LiveScore._1.IntegrationTests.LocalCloud;

namespace LiveScore._1.IntegrationTests.Score;

/// <summary>The same scenarios with the deployed adapters against DynamoDB Local and its Streams API.</summary>
public sealed class DynamoDbScoreEndToEndTests(DynamoDbLocalCloudFixture cloud) : ScoreEndToEndScenarios(cloud), IClassFixture<DynamoDbLocalCloudFixture>
{
    [DynamoDbFact]
    public Task Each_change_sends_one_notification() => Each_player_change_sends_one_notification();

    [DynamoDbFact]
    public Task Invoke_api_with_a_raw_stream_event() => The_invoke_api_runs_the_stream_function_with_a_raw_event();
}
