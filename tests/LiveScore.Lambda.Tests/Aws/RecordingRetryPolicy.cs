using LiveScore.Lambda.Aws;

namespace LiveScore.Lambda.Tests.Aws;

/// <summary>A retry policy that records each wait instead of sleeping.</summary>
internal sealed class RecordingRetryPolicy
{
    public List<int> Waits { get; } = [];

    public RetryPolicy Policy(int maxAttempts = 4) => new(maxAttempts, (retry, _) =>
    {
        Waits.Add(retry);
        return Task.CompletedTask;
    });
}
