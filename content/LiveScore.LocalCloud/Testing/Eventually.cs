namespace LiveScore.LocalCloud.Testing;

/// <summary>Waits for an asynchronous outcome by polling, instead of sleeping for a guessed time.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <param name="context">Read only on timeout, to explain it (a server's console, say).</param>
    /// <returns>The first probed value that satisfies <paramref name="done"/>.</returns>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null, Func<string>? context = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Timed out after {(timeout ?? DefaultTimeout).TotalSeconds:0.#} s waiting for {what}; last seen: {Describe(value)}"
                    + (context is null ? "" : "\n" + context()));
            }
            await Task.Delay(PollInterval);
        }
    }

    public static Task<T> UntilAsync<T>(Func<T> probe, Func<T, bool> done, string what, TimeSpan? timeout = null) =>
        UntilAsync(() => Task.FromResult(probe()), done, what, timeout);

    private static string Describe<T>(T value) =>
        value is System.Collections.IEnumerable items and not string
            ? $"[{string.Join(", ", items.Cast<object?>())}]"
            : value?.ToString() ?? "null";
}
