using LiveScore._1.Functions.Score;
using LiveScore._1.IntegrationTests.LocalCloud;

namespace LiveScore._1.IntegrationTests.Score;

/// <summary>The same store and contract against DynamoDB Local: the embedded endpoint and DynamoDB agree.</summary>
public sealed class DynamoDbPlayerStoreTests(DynamoDbLocalPlayersTableFixture players) : PlayerStoreContract, IClassFixture<DynamoDbLocalPlayersTableFixture>
{
    protected override IPlayerStore Store => new DynamoDbPlayerStore(players.DynamoDb, players.TableName);

    [DynamoDbFact]
    public Task Create() => Create_stores_a_new_player_and_refuses_a_taken_id();

    [DynamoDbFact]
    public Task Upsert() => Upsert_inserts_then_updates_keeping_the_name_when_absent();

    [DynamoDbFact]
    public Task Delete() => Delete_removes_the_player_and_tolerates_a_missing_one();

    [DynamoDbFact]
    public Task Leaderboard() => Leaderboard_lists_the_highest_scores_first_up_to_the_limit();

    [DynamoDbFact]
    public Task Twenty_concurrent_upserts() => Concurrent_upserts_of_one_player_lose_no_update(20);
}
