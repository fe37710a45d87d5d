using Arena.Functions.Score;

namespace Arena.IntegrationTests.Score;

/// <summary>The DynamoDB player store against the local cloud's embedded DynamoDB endpoint.</summary>
public sealed class PlayerStoreTests(PlayersTableFixture players) : PlayerStoreContract, IClassFixture<PlayersTableFixture>
{
    protected override IPlayerStore Store => new DynamoDbPlayerStore(players.DynamoDb, players.TableName);

    [Fact]
    public Task Create() => Create_stores_a_new_player_and_refuses_a_taken_id();

    [Fact]
    public Task Upsert() => Upsert_inserts_then_updates_keeping_the_name_when_absent();

    [Fact]
    public Task Delete() => Delete_removes_the_player_and_tolerates_a_missing_one();

    [Fact]
    public Task Leaderboard() => Leaderboard_lists_the_highest_scores_first_up_to_the_limit();

    [Fact]
    public Task Fifty_concurrent_upserts() => Concurrent_upserts_of_one_player_lose_no_update(50);
}
