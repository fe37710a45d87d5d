using System.Diagnostics;

namespace LiveScore.LocalCloud.Lambda;

/// <summary>
/// Runs each function as Lambda does: the application's executable in a process of its own (its execution
/// environment), with only that function's settings, talking to the local Runtime API. One environment per function
/// handles its invocations one at a time; on a developer's machine more processes cost more start-up than they win.
/// </summary>
public sealed class FunctionProcesses : IAsyncDisposable
{
    private readonly LambdaService _lambda;
    private readonly string _executable;
    private readonly TextWriter _console;
    private readonly Lock _gate = new();
    private readonly List<Process> _processes = [];
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
        process.Exited += (_, _) =>
        {
            lock (_gate)
            {
                if (_stopping)
                {
                    return;
                }
            }
            _console.WriteLine($"[{id}] process exited with code {process.ExitCode}");
            function.EnvironmentExited(process.ExitCode);
        };
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
