namespace LiveScore.LocalCloud.Streams;

/// <summary>The inspection endpoint of the stream event source mappings.</summary>
public static class StreamServices
{
    public const string DeadLettersPath = "/_local/dead-letters";

    public static void MapDeadLetters(this IEndpointRouteBuilder app) =>
        app.MapGet(DeadLettersPath, (DeadLetters deadLetters) => Results.Json(deadLetters.Snapshot(), StreamsJsonContext.Default.IReadOnlyListDeadLetter));
}
