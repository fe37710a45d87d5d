namespace LiveScore.Lambda.Aws;

/// <summary>How often to try a request and how long to wait between tries.</summary>
/// <param name="maxAttempts">Attempts in total, the first included.</param>
/// <param name="waitBeforeRetry">Waits before retry number n (1-based).</param>
public sealed class RetryPolicy(int maxAttempts, Func<int, CancellationToken, Task> waitBeforeRetry)
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    /// <summary>Four attempts with exponential backoff and full jitter, as AWS recommends so throttled callers spread out.</summary>
    public static RetryPolicy Default { get; } = new(4, (retry, ct) => Task.Delay(JitteredBackoff(retry), ct));

    /// <summary>How long one attempt of <see cref="Calls"/> may take: SNS and API Gateway answer in well under a second.</summary>
    public static readonly TimeSpan CallAttemptTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Calls a function makes while it works: three attempts of at most <see cref="CallAttemptTimeout"/> each, so a service
    /// that hangs costs about 10 s, well inside a 30 s function timeout, instead of the HTTP client's own limit four times over.
    /// </summary>
    public static RetryPolicy Calls { get; } = new(3, (retry, ct) => Task.Delay(JitteredBackoff(retry), ct)) { AttemptTimeout = CallAttemptTimeout };

    /// <summary>How long one attempt may take before it is abandoned and counted as failed; no limit of its own by default.</summary>
    public TimeSpan AttemptTimeout { get; init; } = Timeout.InfiniteTimeSpan;

    /// <summary>Attempts in total, the first included; at least one.</summary>
    public int MaxAttempts { get; } = maxAttempts >= 1 ? maxAttempts : throw new ArgumentOutOfRangeException(nameof(maxAttempts));

    /// <summary>Waits before retry number <paramref name="retry"/> (1-based).</summary>
    public Task WaitBeforeRetryAsync(int retry, CancellationToken cancellationToken) => waitBeforeRetry(retry, cancellationToken);

    /// <summary>A random delay between zero and BaseDelay·2^(retry-1), capped at MaxDelay.</summary>
    public static TimeSpan JitteredBackoff(int retry)
    {
        var ceiling = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, retry - 1));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }
}
