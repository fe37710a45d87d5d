using System.Text.Json.Nodes;

namespace LiveScore.Lambda.Catalog;

/// <summary>
/// EventBridge's matching of an event against an event pattern made of exact values: every field of the pattern must
/// be in the event; a list matches when the event's value (or one element of the event's list) equals one of its
/// values; an object matches the event's object field by field. Fields the pattern does not name are ignored.
/// </summary>
public static class EventPattern
{
    /// <summary>Whether <paramref name="event"/> matches <paramref name="pattern"/>.</summary>
    /// <exception cref="NotSupportedException">The pattern uses a content filter (prefix, anything-but, numeric, exists ...),
    /// which this matcher does not implement.</exception>
    public static bool Matches(JsonObject pattern, JsonNode? @event) =>
        @event is JsonObject fields && pattern.All(field => fields.TryGetPropertyValue(field.Key, out var value) && FieldMatches(field.Key, field.Value, value));

    private static bool FieldMatches(string name, JsonNode? pattern, JsonNode? value) => pattern switch
    {
        JsonObject nested => Matches(nested, value),
        JsonArray allowed => value is JsonArray values ? values.Any(v => OneOf(name, allowed, v)) : OneOf(name, allowed, value),
        _ => throw new ArgumentException($"The event pattern's field '{name}' must be a list of values or an object.", nameof(pattern)),
    };

    private static bool OneOf(string name, JsonArray allowed, JsonNode? value) => allowed.Any(candidate => candidate switch
    {
        JsonObject filter => throw new NotSupportedException(
            $"The event pattern's field '{name}' uses the content filter '{filter.FirstOrDefault().Key}'; only exact values are supported."),
        null => value is null,
        _ => value is JsonValue && JsonNode.DeepEquals(candidate, value),
    });
}
