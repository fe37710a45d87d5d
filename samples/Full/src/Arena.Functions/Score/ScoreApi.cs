using System.Globalization;
using LiveScore.Lambda.Http;

namespace Arena.Functions.Score;

/// <summary>The players API: routes a request to the store and turns the outcome into an HTTP answer.</summary>
public sealed class ScoreApi(IPlayerStore store, TimeProvider clock)
{
    /// <summary>Seed 000's one resource for every method, the player id in the body: a workshop route beside /players.</summary>
    public const string WorkshopPath = "/FetchGameDetailsFunction";

    public const int DefaultLeaderboardSize = 10;
    public const int MaxLeaderboardSize = 100;

    public async Task<HttpResult> HandleAsync(HttpRequestData request, CancellationToken cancellationToken)
    {
        if (JsonBody.Refusal(request, PlayerRules.MaxBodyBytes) is { } refused)
        {
            return refused;
        }
        var segments = request.Path.Trim('/').Split('/');
        return (segments, request.Method) switch
        {
            (["players"], "POST") => await CreateAsync(request, cancellationToken),
            (["players", var id], "GET") => await GetAsync(Uri.UnescapeDataString(id), cancellationToken),
            (["players", var id], "PUT") => await UpsertAsync(Uri.UnescapeDataString(id), request, cancellationToken),
            (["players", var id], "DELETE") => await DeleteAsync(Uri.UnescapeDataString(id), cancellationToken),
            (["leaderboard"], "GET") => await LeaderboardAsync(request, cancellationToken),
            (["FetchGameDetailsFunction"], "POST") => await CreateAsync(request, cancellationToken),
            (["FetchGameDetailsFunction"], "PUT") => await UpsertAsync(PlayerRules.BodyPlayerId(request.Body), request, cancellationToken),
            (["FetchGameDetailsFunction"], "DELETE") => await DeleteAsync(PlayerRules.BodyPlayerId(request.Body), cancellationToken),
            (["FetchGameDetailsFunction"], _) => Responses.MethodNotAllowed(request, "POST, PUT, DELETE"),
            (["players"], _) => Responses.MethodNotAllowed(request, "POST"),
            (["players", _], _) => Responses.MethodNotAllowed(request, "GET, PUT, DELETE"),
            (["leaderboard"], _) => Responses.MethodNotAllowed(request, "GET"),
            _ => Responses.Problem(Problem.NotFound($"No route for {request.Path}.")),
        };
    }

    private async Task<HttpResult> CreateAsync(HttpRequestData request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var input = PlayerRules.ForCreate(request.Body, errors);
        if (input is null)
        {
            return Responses.Problem(Problem.Validation(errors.ToDictionary()));
        }
        var player = await store.CreateAsync(input, clock.GetUtcNow(), cancellationToken);
        return player is null
            ? Responses.Problem(Problem.Conflict($"Player '{input.PlayerId}' already exists; use PUT /players/{input.PlayerId} to change it."))
            : Responses.Json(201, player, ScoreJsonContext.Web.Player);
    }

    private async Task<HttpResult> UpsertAsync(string? playerId, HttpRequestData request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var input = PlayerRules.ForUpsert(playerId, request.Body, errors);
        if (input is null)
        {
            return Responses.Problem(Problem.Validation(errors.ToDictionary()));
        }
        var (player, inserted) = await store.UpsertAsync(input, clock.GetUtcNow(), cancellationToken);
        return Responses.Json(inserted ? 201 : 200, player, ScoreJsonContext.Web.Player);
    }

    private async Task<HttpResult> DeleteAsync(string? playerId, CancellationToken cancellationToken)
    {
        if (!PlayerRules.IsValidPlayerId(playerId))
        {
            return InvalidPlayerId();
        }
        await store.DeleteAsync(playerId!, cancellationToken);
        return HttpResult.NoContent();
    }

    private async Task<HttpResult> GetAsync(string playerId, CancellationToken cancellationToken)
    {
        if (!PlayerRules.IsValidPlayerId(playerId))
        {
            return InvalidPlayerId();
        }
        var player = await store.GetAsync(playerId, cancellationToken);
        return player is null
            ? Responses.Problem(Problem.NotFound($"Player '{playerId}' does not exist."))
            : Responses.Json(200, player, ScoreJsonContext.Web.Player);
    }

    private async Task<HttpResult> LeaderboardAsync(HttpRequestData request, CancellationToken cancellationToken)
    {
        var limit = DefaultLeaderboardSize;
        if (request.Query.TryGetValue("limit", out var text)
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLeaderboardSize))
        {
            return Responses.Invalid("limit", $"Must be an integer from 1 to {MaxLeaderboardSize}.");
        }
        var players = await store.LeaderboardAsync(limit, cancellationToken);
        return Responses.Json(200, players, ScoreJsonContext.Web.IReadOnlyListPlayer);
    }

    private static HttpResult InvalidPlayerId() => Responses.Invalid("playerId", PlayerRules.PlayerIdRule);
}
