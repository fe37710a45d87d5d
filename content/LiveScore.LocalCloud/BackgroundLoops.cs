namespace LiveScore.LocalCloud;

/// <summary>Loops that run in the background from start to shutdown, such as event source mappings.</summary>
public abstract class BackgroundLoops : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _running = [];

    /// <summary>Starts <paramref name="loop"/>, which must end soon after its token is cancelled.</summary>
    protected void Run(Func<CancellationToken, Task> loop) => _running.Add(Task.Run(() => loop(_stopping.Token), CancellationToken.None));

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_running).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }
}
