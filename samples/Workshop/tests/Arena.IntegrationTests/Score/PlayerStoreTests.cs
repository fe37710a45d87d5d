using Arena.Functions.Score;
using Arena.IntegrationTests.LocalCloud;
using LiveScore.LocalCloud.Testing;

namespace Arena.IntegrationTests.Score;

/// <summary>
/// What the player store must do, run against the embedded DynamoDB endpoint and against DynamoDB Local, so that the
/// local cloud cannot answer differently from DynamoDB. Player ids are unique per scenario, so a table can be shared.
/// </summary>
public sealed class PlayerStoreTests(PlayersTableFixture players) : IClassFixture<PlayersTableFixture>
{
    private static readonly DateTimeOffset Now = new(2025, 1, 15, 9, 30, 0, TimeSpan.Zero);

    private DynamoDbPlayerStore Store(string endpoint) => new(players.Tables.Client(endpoint), players.Tables.TableName);

    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task Create_stores_a_new_player_and_refuses_a_taken_id(string endpoint)
    {
        var store = Store(endpoint);
        var id = NewId();

        var created = await store.CreateAsync(new PlayerInput(id, "Ada", 10), Now, default);
        var conflict = await store.CreateAsync(new PlayerInput(id, "Bob", 99), Now, default);

        Assert.Equal(new Player(id, "Ada", 10, 1, "2025-01-15T09:30:00.000Z"), created);
        Assert.Null(conflict);
        Assert.Equal(created, await store.GetAsync(id, default));
    }

    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task Upsert_inserts_then_updates_keeping_the_name_when_absent(string endpoint)
    {
        var store = Store(endpoint);
        var id = NewId();

        var (inserted, wasInserted) = await store.UpsertAsync(new PlayerInput(id, null, 5), Now, default);
        var (named, namedInserted) = await store.UpsertAsync(new PlayerInput(id, "Bea", 7), Now.AddSeconds(1), default);
        var (unnamed, _) = await store.UpsertAsync(new PlayerInput(id, null, 9), Now.AddSeconds(2), default);

        Assert.Equal((new Player(id, id, 5, 1, "2025-01-15T09:30:00.000Z"), true), (inserted, wasInserted));
        Assert.Equal((new Player(id, "Bea", 7, 2, "2025-01-15T09:30:01.000Z"), false), (named, namedInserted));
        Assert.Equal(new Player(id, "Bea", 9, 3, "2025-01-15T09:30:02.000Z"), unnamed);
        Assert.Equal(unnamed, await store.GetAsync(id, default));
    }

    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task Delete_removes_the_player_and_tolerates_a_missing_one(string endpoint)
    {
        var store = Store(endpoint);
        var id = NewId();
        await store.CreateAsync(new PlayerInput(id, "Cy", 1), Now, default);

        await store.DeleteAsync(id, default);
        await store.DeleteAsync(NewId(), default);

        Assert.Null(await store.GetAsync(id, default));
    }

    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task Leaderboard_lists_the_highest_scores_first_up_to_the_limit(string endpoint)
    {
        var store = Store(endpoint);
        // Far above the other scenarios' scores, so these lead even in a shared table; 999999999 sorts first as text, last as a number.
        var scores = new long[] { 1_900_000_001, 1_900_000_004, 999_999_999, 1_900_000_002, 1_900_000_003 };
        var ids = new Dictionary<long, string>();
        foreach (var score in scores)
        {
            ids[score] = NewId();
            await store.CreateAsync(new PlayerInput(ids[score], "P" + score, score), Now, default);
        }

        var leaders = await store.LeaderboardAsync(3, default);

        Assert.Equal([ids[1_900_000_004], ids[1_900_000_003], ids[1_900_000_002]], leaders.Select(p => p.PlayerId));
        Assert.Equal([1_900_000_004L, 1_900_000_003L, 1_900_000_002L], leaders.Select(p => p.Score));
    }

    [Theory]
    [InlineData(TestTables.Embedded)]
    [DynamoDbLocalData]
    public async Task Concurrent_upserts_of_one_player_lose_no_update(string endpoint)
    {
        var store = Store(endpoint);
        const int writers = 20;
        var id = NewId();

        var results = await Task.WhenAll(Enumerable.Range(1, writers).Select(score =>
            Task.Run(() => store.UpsertAsync(new PlayerInput(id, null, score), Now, default))));

        Assert.Equal(Enumerable.Range(1, writers).Select(v => (long)v), results.Select(r => r.Player.Version).Order());
        Assert.Single(results, r => r.Inserted);
        Assert.Equal(writers, (await store.GetAsync(id, default))!.Version);
    }

    private static string NewId() => "p-" + Guid.NewGuid().ToString("N")[..16];
}
