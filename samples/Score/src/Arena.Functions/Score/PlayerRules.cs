using System.Text.Json;
using Arena.Functions.Hosting.Http;

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
        var playerId = RequiredString(root, "playerId", errors);
        if (playerId is not null && !IsValidPlayerId(playerId))
        {
            errors.Add("playerId", PlayerIdRule);
        }
        var name = RequiredString(root, "name", errors);
        CheckName(name, errors);
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
        if (root.TryGetProperty("playerId", out var bodyId) && (bodyId.ValueKind != JsonValueKind.String || bodyId.GetString() != pathPlayerId))
        {
            errors.Add("playerId", "The body's playerId must equal the one in the path.");
        }
        string? name = null;
        if (root.TryGetProperty("name", out var nameElement))
        {
            if (nameElement.ValueKind == JsonValueKind.String)
            {
                name = nameElement.GetString();
                CheckName(name, errors);
            }
            else
            {
                errors.Add("name", "Must be a string.");
            }
        }
        var score = Score(root, errors);
        return errors.IsEmpty ? new PlayerInput(pathPlayerId!, name, score!.Value) : null;
    }

    private static string? RequiredString(JsonElement root, string field, ValidationErrors errors)
    {
        if (!root.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            errors.Add(field, "Is required.");
            return null;
        }
        if (element.ValueKind != JsonValueKind.String)
        {
            errors.Add(field, $"Must be a string, not {element.ValueKind}.");
            return null;
        }
        return element.GetString();
    }

    private static void CheckName(string? name, ValidationErrors errors)
    {
        if (name is null)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", "Must not be empty.");
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add("name", $"Must be at most {MaxNameLength} characters.");
        }
    }

    private static long? Score(JsonElement root, ValidationErrors errors)
    {
        if (!root.TryGetProperty("score", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            errors.Add("score", "Is required.");
            return null;
        }
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var score) || score is < 0 or > int.MaxValue)
        {
            errors.Add("score", $"Must be an integer from 0 to {int.MaxValue}.");
            return null;
        }
        return score;
    }
}
