using System.Text.Json;
using LiveScore.Lambda.Http;

namespace Arena.Functions.Score;

/// <summary>Validation of player requests: every problem is reported against the field it concerns.</summary>
public static class PlayerRules
{
    public const int MaxBodyBytes = 16 * 1024;
    public const int MaxNameLength = 100;
    public const int MaxPlayerIdLength = 64;

    public static bool IsValidPlayerId(string? id) =>
        id is { Length: > 0 and <= MaxPlayerIdLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    public static string PlayerIdRule => $"1–{MaxPlayerIdLength} characters of A–Z, a–z, 0–9, '_' or '-'.";

    /// <summary>POST /players: playerId, name and score are all required.</summary>
    public static PlayerInput? ForCreate(ReadOnlyMemory<byte> body, ValidationErrors errors)
    {
        using var document = JsonBody.ParseObject(body, errors);
        if (document is null)
        {
            return null;
        }
        var root = document.RootElement;
        var playerId = JsonFields.RequiredText(root, "playerId", MaxPlayerIdLength, errors);
        if (playerId is not null && !IsValidPlayerId(playerId))
        {
            errors.Add("playerId", PlayerIdRule);
        }
        var name = JsonFields.RequiredText(root, "name", MaxNameLength, errors);
        var score = Score(root, errors);
        return errors.IsEmpty ? new PlayerInput(playerId!, name, score!.Value) : null;
    }

    /// <summary>PUT /players/{playerId}: score required, name optional, a body playerId must match the path.</summary>
    public static PlayerInput? ForUpsert(string? pathPlayerId, ReadOnlyMemory<byte> body, ValidationErrors errors)
    {
        if (!IsValidPlayerId(pathPlayerId))
        {
            errors.Add("playerId", PlayerIdRule);
        }
        using var document = JsonBody.ParseObject(body, errors);
        if (document is null)
        {
            return null;
        }
        var root = document.RootElement;
        if (root.TryGetProperty("playerId", out var bodyId) && (bodyId.ValueKind != JsonValueKind.String || !bodyId.ValueEquals(pathPlayerId)))
        {
            errors.Add("playerId", "The body's playerId must equal the one in the path.");
        }
        var name = JsonFields.OptionalText(root, "name", MaxNameLength, errors);
        var score = Score(root, errors);
        return errors.IsEmpty ? new PlayerInput(pathPlayerId!, name, score!.Value) : null;
    }

    /// <summary>The playerId of a body, for the workshop route that carries it there instead of in the path; null when absent.</summary>
    public static string? BodyPlayerId(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("playerId", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static long? Score(JsonElement root, ValidationErrors errors) =>
        JsonFields.RequiredInteger(root, "score", 0, int.MaxValue, errors);
}
