namespace Arena.IntegrationTests.Score;

public sealed class EmbeddedScoreEndToEndTests(LocalCloudFixture cloud) : ScoreEndToEndScenarios(cloud), IClassFixture<LocalCloudFixture>
{
    [Fact]
    public Task Each_change_sends_one_notification() => Each_player_change_sends_one_notification();

    [Fact]
    public Task Invoke_api_with_a_raw_stream_event() => The_invoke_api_runs_the_stream_function_with_a_raw_event();
}
