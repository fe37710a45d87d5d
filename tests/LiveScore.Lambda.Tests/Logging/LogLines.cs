using System.Text;
using System.Text.Json;

namespace LiveScore.Lambda.Tests.Logging;

internal static class LogLines
{
    /// <summary>Parses captured log output; read it only once nothing writes to it any more.</summary>
    public static IReadOnlyList<JsonElement> Parse(MemoryStream output) =>
        [.. Encoding.UTF8.GetString(output.ToArray())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)];

    public static string? Property(this JsonElement line, string name) =>
        line.TryGetProperty(name, out var value) ? value.GetString() : null;
}
