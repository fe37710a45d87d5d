namespace LiveScore.Lambda.Tests;

/// <summary>Keeps every log entry's level and message, for tests that assert on what was logged.</summary>
internal sealed class ListLog(List<(LogLevel, string)> entries) : ILambdaLog
{
    public bool IsEnabled(LogLevel level) => true;

    public void Write(LogLevel level, string message, IReadOnlyList<KeyValuePair<string, string>>? fields = null, Exception? exception = null)
    {
        lock (entries)
        {
            entries.Add((level, message));
        }
    }
}
