using System.Text.Json;

namespace LiveScore.Lambda.Http;

/// <summary>Reads typed fields of a JSON object body, reporting each problem against the field's name.</summary>
public static class JsonFields
{
    /// <summary>A string of 1..<paramref name="maxLength"/> characters that is not blank and holds no control character.</summary>
    public static string? RequiredText(JsonElement body, string field, int maxLength, ValidationErrors errors)
    {
        if (!body.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            errors.Add(field, "Is required.");
            return null;
        }
        return Text(element, field, maxLength, errors);
    }

    /// <summary>Like <see cref="RequiredText"/>, but an absent field is fine (null).</summary>
    public static string? OptionalText(JsonElement body, string field, int maxLength, ValidationErrors errors) =>
        body.TryGetProperty(field, out var element) ? Text(element, field, maxLength, errors) : null;

    /// <summary>A JSON integer (no fraction, no string) from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static long? RequiredInteger(JsonElement body, string field, long min, long max, ValidationErrors errors)
    {
        if (!body.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            errors.Add(field, "Is required.");
            return null;
        }
        return Integer(element, field, min, max, errors);
    }

    /// <summary>Like <see cref="RequiredInteger"/>, but an absent or null field gives <paramref name="fallback"/>.</summary>
    public static long? OptionalInteger(JsonElement body, string field, long min, long max, long fallback, ValidationErrors errors) =>
        body.TryGetProperty(field, out var element) && element.ValueKind != JsonValueKind.Null
            ? Integer(element, field, min, max, errors)
            : fallback;

    private static string? Text(JsonElement element, string field, int maxLength, ValidationErrors errors)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            errors.Add(field, $"Must be a string, not {element.ValueKind}.");
            return null;
        }
        string value;
        try
        {
            value = element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // JSON that parses can still carry a lone surrogate escape or invalid UTF-8 inside a string.
            errors.Add(field, "Must be valid Unicode text.");
            return null;
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Must not be empty.");
            return null;
        }
        if (value.Length > maxLength)
        {
            errors.Add(field, $"Must be at most {maxLength} characters.");
            return null;
        }
        if (value.Any(char.IsControl))
        {
            // A NUL, escape sequence or line break in a name reaches emails, logs and pages as it is.
            errors.Add(field, "Must not contain control characters (line breaks, tabs, NUL, escape sequences).");
            return null;
        }
        return value;
    }

    private static long? Integer(JsonElement element, string field, long min, long max, ValidationErrors errors)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var value) || value < min || value > max)
        {
            errors.Add(field, $"Must be an integer from {min} to {max}.");
            return null;
        }
        return value;
    }
}
