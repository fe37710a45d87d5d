namespace LiveScore.Lambda;

public enum LogLevel { Trace, Debug, Info, Warn, Error, Fatal }

/// <summary>Structured log in the Lambda JSON log shape; fields are extra top-level properties.</summary>
public interface ILambdaLog
{
    bool IsEnabled(LogLevel level);
    void Write(LogLevel level, string message, IReadOnlyList<KeyValuePair<string, string>>? fields = null, Exception? exception = null);
}
