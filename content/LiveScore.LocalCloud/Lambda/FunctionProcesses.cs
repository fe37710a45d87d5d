using System.Diagnostics;

namespace LiveScore.LocalCloud.Lambda;

/// <summary>
/// Runs each function as Lambda does: the application's executable in processes of its own (execution environments),
/// each with only that function's settings, talking to the local Runtime API. A function starts with one environment
/// and gets another, up to its limit, whenever an invocation finds none waiting.
/// </summary>
public sealed class FunctionProcesses : IAsyncDisposable
{
    /// <summary>Concurrent environments per function; stream consumers get one, like one shard.</summary>
    public const int MaxEnvironments = 4;

    private readonly LambdaService _lambda;
    private readonly string _executable;
    private readonly TextWriter _console;
    private readonly Lock _gate = new();
    private readonly List<Process> _processes = [];
    private readonly Dictionary<string, int> _started = new(StringComparer.Ordinal);
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
            function.EnvironmentWanted += StartAnother;
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

    private void StartAnother(LocalFunction function)
    {
        // Only a function that started once gets more environments: one that failed would fail again.
        if (function.State == "ready")
        {
            StartEnvironment(function);
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
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var id = function.Definition.Id;
        process.OutputDataReceived += (_, line) => Print(id, line.Data);
        process.ErrorDataReceived += (_, line) => Print(id, line.Data);
        process.Exited += (_, _) =>
        {
            lock (_gate)
            {
                _started[id]--;
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
            var limit = function.Definition.Stream is null ? MaxEnvironments : 1;
            if (_stopping || _started.GetValueOrDefault(id) >= limit)
            {
                process.Dispose();
                return;
            }
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            _processes.Add(process);
            _started[id] = _started.GetValueOrDefault(id) + 1;
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
