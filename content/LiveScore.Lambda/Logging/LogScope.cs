namespace LiveScore.Lambda.Logging;

/// <summary>
/// The request id of the invocation the current code runs for. It flows with async calls, so work a
/// handler starts (awaited or not) logs under the invocation that started it.
/// </summary>
public static class LogScope
{
    private static readonly AsyncLocal<string?> requestId = new();

    /// <summary>The current invocation's request id; null outside an invocation.</summary>
    public static string? RequestId
    {
        get => requestId.Value;
        set => requestId.Value = value;
    }
}
