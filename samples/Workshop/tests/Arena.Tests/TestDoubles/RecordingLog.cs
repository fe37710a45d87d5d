using System.Collections.Concurrent;
using LiveScore.Lambda;

namespace Arena.Tests.TestDoubles;

internal sealed class RecordingLog : ILambdaLog
{
    public ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

    public bool IsEnabled(LogLevel level) => true;

    public void Write(LogLevel level, string message, IReadOnlyList<KeyValuePair<string, string>>? fields = null, Exception? exception = null) =>
        Entries.Enqueue((level, message, exception));

    public static InvocationContext Context(RecordingLog? log = null) =>
        new("request-1", "test-function", DateTimeOffset.UtcNow.AddMinutes(1), log ?? new RecordingLog(), CancellationToken.None);
}
