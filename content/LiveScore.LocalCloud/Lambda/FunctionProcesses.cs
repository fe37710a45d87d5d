using System.Diagnostics;

namespace LiveScore.LocalCloud.Lambda;

/// <summary>
/// Runs each function as Lambda does: the application's executable in a process of its own (its execution
/// environment), with only that function's settings, talking to the local Runtime API. One environment per function
/// handles its invocations one at a time; on a developer's machine more processes cost more start-up than they win.
/// </summary>
public sealed class FunctionProcesses : IAsyncDisposable
{
    /// <summary>How often a function's process may die after starting before the function is marked failed.</summary>
    public const int MaxRestarts = 3;

    // What a process needs from the host to run at all; everything else it gets is the function's own environment.
    private static readonly string[] InheritedVariables = ["PATH", "HOME", "TMPDIR", "LANG", "LC_ALL", "SSL_CERT_FILE", "SSL_CERT_DIR"];

    private readonly LambdaService _lambda;
    private readonly string _executable;
    private readonly TextWriter _console;
    private readonly Lock _gate = new();
    private readonly List<Process> _processes = [];
    private readonly Dictionary<string, Process> _byFunction = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _restarts = new(StringComparer.Ordinal);
    private Func<LocalFunction, IReadOnlyDictionary<string, string>>? _environment;
    private bool _stopping;

    /// <param name="executable">The functions' executable: an apphost, or a .dll run with <c>dotnet exec</c>.</param>
    public FunctionProcesses(LambdaService lambda, string executable, TextWriter console)
    {
        _lambda = lambda;
        _executable = executable;
        _console = console;
    }

    /// <summary>Starts one environment per function and waits until each is ready or has failed to start.</summary>
    /// <param name="environment">The variables Lambda would set for the function (handler, Runtime API, settings).</param>
    /// <exception cref="InvalidOperationException">A function could not start; the message names each one and why.</exception>
    public async Task StartAsync(Func<LocalFunction, IReadOnlyDictionary<string, string>> environment, TimeSpan patience, CancellationToken cancellationToken)
    {
        if (!File.Exists(_executable))
        {
            throw new InvalidOperationException($"The functions' executable {_executable} does not exist: build the functions project first.");
        }
        _environment = environment;
        foreach (var function in _lambda.Functions)
        {
            StartEnvironment(function);
        }
        var settling = Task.WhenAll(_lambda.Functions.Select(f => f.Settled));
        await settling.WaitAsync(patience, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var problems = _lambda.Functions
            .Where(f => f.State != "ready")
            .Select(f => f.InitError is { } error
                ? $"{f.Definition.Id}: {System.Text.Encoding.UTF8.GetString(error.Payload)}"
                : $"{f.Definition.Id}: not ready within {patience.TotalSeconds:0} s")
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("These functions cannot run locally:\n  " + string.Join("\n  ", problems));
        }
    }

    private void StartEnvironment(LocalFunction function)
    {
        var start = _executable.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", ["exec", _executable])
            : new ProcessStartInfo(_executable);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        // As in Lambda, a function sees its own settings only: nothing of the host's AWS configuration (credentials,
        // endpoints, profiles) or other variables leaks in, so a setting missing from the catalog fails here too.
        start.Environment.Clear();
        foreach (var name in InheritedVariables.Concat(Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(n => n.StartsWith("DOTNET_", StringComparison.Ordinal))))
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }
        foreach (var (name, value) in _environment!(function))
        {
            start.Environment[name] = value;
        }
        // A stream function fans out in bursts (records side by side, each pushed to every connection); on a small
        // machine the default pool grows too slowly for that and latency climbs. Without profile-guided tiering the
        // JIT reaches optimized code sooner, which a short local run notices. Neither changes what the code does.
        start.Environment["DOTNET_ThreadPool_ForceMinWorkerThreads"] = "0x10";
        start.Environment["DOTNET_TieredPGO"] = "0";
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var id = function.Definition.Id;
        process.OutputDataReceived += (_, line) => Print(id, line.Data);
        process.ErrorDataReceived += (_, line) => Print(id, line.Data);
        process.Exited += (_, _) => OnExited(function, process);
        lock (_gate)
        {
            if (_stopping)
            {
                process.Dispose();
                return;
            }
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            _processes.Add(process);
            _byFunction[id] = process;
        }
    }

    /// <summary>
    /// A process ended by itself: what it was handling fails (as Lambda reports a runtime exit) and a fresh one takes
    /// its place, as Lambda starts a new execution environment; one that keeps dying marks the function failed.
    /// </summary>
    private void OnExited(LocalFunction function, Process process)
    {
        var id = function.Definition.Id;
        int exitCode;
        bool restart;
        lock (_gate)
        {
            if (_stopping)
            {
                return;
            }
            exitCode = process.ExitCode;
            _processes.Remove(process);
            if (_byFunction.GetValueOrDefault(id) == process)
            {
                _byFunction.Remove(id);
            }
            restart = function.State == "ready" && (_restarts[id] = _restarts.GetValueOrDefault(id) + 1) <= MaxRestarts;
        }
        process.Dispose();
        _console.WriteLine($"[{id}] process exited with code {exitCode}{(restart ? "; starting a new one" : "")}");
        function.EnvironmentExited(exitCode, restarting: restart);
        if (restart)
        {
            StartEnvironment(function);
        }
    }

    /// <summary>Kills a function's process, as a crash would, and waits until it is gone; a new one takes its place.</summary>
    public async Task KillAsync(string functionId)
    {
        Process? process;
        lock (_gate)
        {
            process = _byFunction.GetValueOrDefault(functionId);
        }
        if (process is null)
        {
            return;
        }
        try
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
        {
            // It had already exited (and been cleaned up).
        }
    }

    private void Print(string functionId, string? line)
    {
        if (line is not null)
        {
            _console.WriteLine($"[{functionId}] {line}");
        }
    }

    /// <summary>Ends every environment (Lambda does not wait for them either).</summary>
    public async Task StopAsync()
    {
        List<Process> processes;
        lock (_gate)
        {
            _stopping = true;
            processes = [.. _processes];
            _processes.Clear();
            _byFunction.Clear();
        }
        foreach (var process in processes)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It had already exited.
            }
        }
        await Task.WhenAll(processes.Select(p => p.WaitForExitAsync())).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        foreach (var process in processes)
        {
            process.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
