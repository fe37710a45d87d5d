using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LiveScore.Lambda.Tests.Events;

/// <summary>Sample event payloads shaped after AWS's documented examples (copied next to the test assembly).</summary>
internal static class Payload
{
    public static byte[] Bytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Events", "Payloads", name));

    public static T Read<T>(string name, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.Deserialize(Bytes(name), typeInfo) ?? throw new InvalidDataException($"{name} is JSON null");

    /// <summary>Deserializes the payload, serializes the model again, and lists what the second JSON lost or changed.</summary>
    public static IReadOnlyList<string> RoundTripDifferences<T>(string name, JsonTypeInfo<T> typeInfo)
    {
        var written = JsonSerializer.SerializeToUtf8Bytes(Read(name, typeInfo), typeInfo);
        using var expected = JsonDocument.Parse(Bytes(name));
        using var actual = JsonDocument.Parse(written);
        return JsonSemantics.Differences(expected.RootElement, actual.RootElement);
    }

    public static JsonElement Serialize<T>(T value, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.SerializeToElement(value, typeInfo);
}
