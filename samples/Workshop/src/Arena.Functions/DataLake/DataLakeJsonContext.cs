using System.Text.Json.Serialization;
using LiveScore.Lambda.Http;

namespace Arena.Functions.DataLake;

/// <summary>The answer to <c>POST /visits</c>: the visit is queued, not yet stored.</summary>
public sealed record VisitAccepted(string MessageId);

[JsonSerializable(typeof(VisitInput))]
[JsonSerializable(typeof(Visit))]
[JsonSerializable(typeof(VisitAccepted))]
internal sealed partial class DataLakeJsonContext : JsonSerializerContext
{
    public static DataLakeJsonContext Web { get; } = new(WebJson.Options());
}
