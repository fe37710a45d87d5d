using System.Text.Json;

namespace LiveScore.Lambda.Tests.Events;

/// <summary>
/// Compares two JSON documents by meaning rather than by text: property order and string escaping do not
/// matter; a property whose value is null counts as absent (the models omit nulls when writing);
/// numbers must keep their exact literal text, so a number that went through double would show up.
/// </summary>
internal static class JsonSemantics
{
    public static IReadOnlyList<string> Differences(JsonElement expected, JsonElement actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", differences);
        return differences;
    }

    private static void Compare(JsonElement expected, JsonElement actual, string path, List<string> differences)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            differences.Add($"{path}: expected {expected.ValueKind} {expected.GetRawText()}, got {actual.ValueKind} {actual.GetRawText()}");
            return;
        }
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedProperties = NonNullProperties(expected);
                var actualProperties = NonNullProperties(actual);
                foreach (var (name, value) in expectedProperties)
                {
                    if (actualProperties.TryGetValue(name, out var other))
                    {
                        Compare(value, other, $"{path}.{name}", differences);
                    }
                    else
                    {
                        differences.Add($"{path}.{name}: missing");
                    }
                }
                differences.AddRange(actualProperties.Keys.Except(expectedProperties.Keys).Select(name => $"{path}.{name}: unexpected"));
                break;
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    differences.Add($"{path}: expected {expected.GetArrayLength()} items, got {actual.GetArrayLength()}");
                    return;
                }
                var index = 0;
                foreach (var (left, right) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    Compare(left, right, $"{path}[{index++}]", differences);
                }
                break;
            case JsonValueKind.String when expected.GetString() != actual.GetString():
            case JsonValueKind.Number when expected.GetRawText() != actual.GetRawText():
                differences.Add($"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                break;
        }
    }

    private static Dictionary<string, JsonElement> NonNullProperties(JsonElement element) =>
        element.EnumerateObject()
            .Where(property => property.Value.ValueKind != JsonValueKind.Null)
            .ToDictionary(property => property.Name, property => property.Value, StringComparer.Ordinal);
}
