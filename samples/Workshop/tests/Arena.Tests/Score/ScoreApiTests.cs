using System.Text;
using System.Text.Json;
using LiveScore.Lambda.Http;
using Arena.Functions.Score;

namespace Arena.Tests.Score;

public class ScoreApiTests
{
    private readonly FakePlayerStore _store = new();
    private readonly ScoreApi _api;

    public ScoreApiTests()
    {
        _api = new ScoreApi(_store, TimeProvider.System);
    }

    [Fact]
    public async Task Post_creates_a_player_with_version_one()
    {
        var result = await Send("POST", "/players", """{"playerId":"p-1","name":"Ada","score":42}""");

        Assert.Equal(201, result.StatusCode);
        using var body = JsonDocument.Parse(result.Body);
        Assert.Equal("p-1", body.RootElement.GetProperty("playerId").GetString());
        Assert.Equal(42, body.RootElement.GetProperty("score").GetInt64());
        Assert.Equal(1, body.RootElement.GetProperty("version").GetInt64());
        Assert.True(body.RootElement.TryGetProperty("updatedAt", out _));
    }

    [Fact]
    public async Task Post_of_an_existing_id_is_a_conflict_and_changes_nothing()
    {
        await Send("POST", "/players", """{"playerId":"p-1","name":"Ada","score":42}""");

        var result = await Send("POST", "/players", """{"playerId":"p-1","name":"Bob","score":1}""");

        Assert.Equal(409, result.StatusCode);
        Assert.Equal(Responses.ProblemContentType, result.ContentType);
        Assert.Equal("Ada", _store.Players["p-1"].Name);
    }

    [Fact]
    public async Task Put_inserts_when_absent_and_updates_when_present()
    {
        var inserted = await Send("PUT", "/players/p-2", """{"name":"Grace","score":5}""");
        var updated = await Send("PUT", "/players/p-2", """{"score":7}""");

        Assert.Equal(201, inserted.StatusCode);
        Assert.Equal(200, updated.StatusCode);
        Assert.Equal(7, _store.Players["p-2"].Score);
        Assert.Equal("Grace", _store.Players["p-2"].Name);
        Assert.Equal(2, _store.Players["p-2"].Version);
    }

    [Fact]
    public async Task Delete_answers_204_whether_or_not_the_player_existed()
    {
        await Send("POST", "/players", """{"playerId":"p-3","name":"Lin","score":1}""");

        Assert.Equal(204, (await Send("DELETE", "/players/p-3")).StatusCode);
        Assert.Equal(204, (await Send("DELETE", "/players/p-3")).StatusCode);
        Assert.Empty(_store.Players);
    }

    [Fact]
    public async Task Get_answers_404_for_an_unknown_player()
    {
        var result = await Send("GET", "/players/nobody");

        Assert.Equal(404, result.StatusCode);
        Assert.Equal(Responses.ProblemContentType, result.ContentType);
    }

    [Fact]
    public async Task Leaderboard_lists_highest_scores_first_up_to_the_limit()
    {
        foreach (var (id, score) in new[] { ("a", 10), ("b", 30), ("c", 20) })
        {
            await Send("PUT", $"/players/{id}", $$"""{"score":{{score}}}""");
        }

        var result = await Send("GET", "/leaderboard", query: new Dictionary<string, string> { ["limit"] = "2" });

        Assert.Equal(200, result.StatusCode);
        using var body = JsonDocument.Parse(result.Body);
        Assert.Equal(["b", "c"], body.RootElement.EnumerateArray().Select(p => p.GetProperty("playerId").GetString()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("ten")]
    public async Task Leaderboard_limit_out_of_range_is_refused(string limit)
    {
        var result = await Send("GET", "/leaderboard", query: new Dictionary<string, string> { ["limit"] = limit });

        Assert.Equal(400, result.StatusCode);
        AssertNamesField(result, "limit");
    }

    [Theory]
    [InlineData("not json", "body")]
    [InlineData("[1,2]", "body")]
    [InlineData("\"text\"", "body")]
    [InlineData("""{"name":"Ada","score":1}""", "playerId")]
    [InlineData("""{"playerId":"p","playerId":"q","name":"Ada","score":1}""", "body")]
    [InlineData("""{"playerId":"has space","name":"Ada","score":1}""", "playerId")]
    [InlineData("""{"playerId":"p","name":"Ada","score":1}""", "")]
    [InlineData("""{"playerId":"p","name":"","score":1}""", "name")]
    [InlineData("""{"playerId":"p","name":42,"score":1}""", "name")]
    [InlineData("""{"playerId":"p","name":"Ada"}""", "score")]
    [InlineData("""{"playerId":"p","name":"Ada","score":"12"}""", "score")]
    [InlineData("""{"playerId":"p","name":"Ada","score":1.5}""", "score")]
    [InlineData("""{"playerId":"p","name":"Ada","score":-1}""", "score")]
    [InlineData("""{"playerId":"p","name":"Ada","score":2147483648}""", "score")]
    [InlineData("""{"playerId":"p","name":"Ada","score":1,"x":[[[[[[[[[[1]]]]]]]]]]}""", "body")]
    public async Task Bad_post_bodies_are_refused_naming_the_field_and_write_nothing(string body, string field)
    {
        var result = await Send("POST", "/players", body);

        if (field.Length == 0)
        {
            Assert.Equal(201, result.StatusCode);
            return;
        }
        Assert.Equal(400, result.StatusCode);
        AssertNamesField(result, field);
        Assert.Equal(0, _store.Writes);
    }

    [Fact]
    public async Task Overlong_names_and_ids_are_refused()
    {
        var name = await Send("POST", "/players", $$"""{"playerId":"p","name":"{{new string('n', 101)}}","score":1}""");
        var id = await Send("PUT", "/players/" + new string('i', 65), """{"score":1}""");

        AssertNamesField(name, "name");
        AssertNamesField(id, "playerId");
        Assert.Equal(0, _store.Writes);
    }

    [Fact]
    public async Task A_body_player_id_that_differs_from_the_path_is_refused()
    {
        var result = await Send("PUT", "/players/p-1", """{"playerId":"p-2","score":1}""");

        Assert.Equal(400, result.StatusCode);
        AssertNamesField(result, "playerId");
        Assert.Equal(0, _store.Writes);
    }

    [Fact]
    public async Task A_body_over_16_KB_is_refused_with_413()
    {
        var result = await Send("POST", "/players", $$"""{"playerId":"p","name":"{{new string('n', 17 * 1024)}}","score":1}""");

        Assert.Equal(413, result.StatusCode);
        Assert.Equal(0, _store.Writes);
    }

    [Theory]
    [InlineData("GET", "/nowhere", 404)]
    [InlineData("PATCH", "/players/p-1", 405)]
    [InlineData("DELETE", "/players", 405)]
    [InlineData("POST", "/leaderboard", 405)]
    public async Task Unknown_routes_and_wrong_methods_are_refused(string method, string path, int status)
    {
        var result = await Send(method, path);

        Assert.Equal(status, result.StatusCode);
        Assert.Equal(Responses.ProblemContentType, result.ContentType);
    }

    [Fact]
    public async Task The_workshop_route_inserts_upserts_and_deletes_with_the_player_id_in_the_body()
    {
        Assert.Equal(201, (await Send("POST", ScoreApi.WorkshopPath, """{"playerId":"w-1","name":"Ada","score":1}""")).StatusCode);
        Assert.Equal(200, (await Send("PUT", ScoreApi.WorkshopPath, """{"playerId":"w-1","score":5}""")).StatusCode);
        Assert.Equal(201, (await Send("PUT", ScoreApi.WorkshopPath, """{"playerId":"w-2","name":"Bo","score":2}""")).StatusCode);
        Assert.Equal(5, _store.Players["w-1"].Score);
        Assert.Equal(204, (await Send("DELETE", ScoreApi.WorkshopPath, """{"playerId":"w-1"}""")).StatusCode);
        Assert.Equal(204, (await Send("DELETE", ScoreApi.WorkshopPath, """{"playerId":"w-1"}""")).StatusCode);
        Assert.Equal(["w-2"], _store.Players.Keys);
        AssertNamesField(await Send("PUT", ScoreApi.WorkshopPath, """{"score":5}"""), "playerId");
        AssertNamesField(await Send("DELETE", ScoreApi.WorkshopPath, "not json"), "playerId");
        Assert.Equal(405, (await Send("GET", ScoreApi.WorkshopPath)).StatusCode);
    }

    private static void AssertNamesField(HttpResult result, string field)
    {
        Assert.Equal(Responses.ProblemContentType, result.ContentType);
        using var problem = JsonDocument.Parse(result.Body);
        Assert.Equal(result.StatusCode, problem.RootElement.GetProperty("status").GetInt32());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), Encoding.UTF8.GetString(result.Body));
    }

    private Task<HttpResult> Send(string method, string path, string? body = null, Dictionary<string, string>? query = null) =>
        _api.HandleAsync(new HttpRequestData(method, path, query ?? [], body is null ? default : Encoding.UTF8.GetBytes(body)), CancellationToken.None);
}
