using Arena.Functions.Score;
using LiveScore.LocalCloud.Tables;
using Arena.Local.Score;

namespace Arena.IntegrationTests.Score;

public sealed class EmbeddedPlayerStoreTests : PlayerStoreContract
{
    private readonly EmbeddedTable _table = new(ScoreCatalog.Players, TimeProvider.System);

    protected override IPlayerStore Store => new EmbeddedPlayerStore(_table);

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

    [Fact]
    public async Task Stream_images_read_back_as_the_players_that_were_stored()
    {
        var store = Store;
        var created = await store.CreateAsync(new PlayerInput("ada", "Ada", 10), DateTimeOffset.UtcNow, default);
        var (updated, _) = await store.UpsertAsync(new PlayerInput("ada", null, 12), DateTimeOffset.UtcNow, default);
        await store.DeleteAsync("ada", default);

        long position = 0;
        var changes = _table.Stream!.Read(ref position, 10).Select(PlayerImage.ToChange).ToList();

        Assert.Equal(["INSERT", "MODIFY", "REMOVE"], changes.Select(c => c.Operation));
        Assert.Equal((created, null), (changes[0].Player, changes[0].Previous));
        Assert.Equal((updated, created), (changes[1].Player, changes[1].Previous));
        Assert.Equal((null, updated), (changes[2].Player, changes[2].Previous));
    }
}
