using System.Diagnostics;
using System.Runtime.InteropServices;
using Arena.Functions.Hosting.Runtime;
using Arena.Tests.Hosting.Logging;

namespace Arena.Tests.Hosting.Runtime;

/// <summary>The built bootstrap executable, started the way Lambda starts it.</summary>
public class BootstrapProcessTests
{
    [Fact]
    public async Task The_executable_reports_an_unknown_handler_as_an_init_error_and_exits_with_a_failure()
    {
        await using var api = FakeRuntimeApi.Start();
        var startInfo = BootstrapStartInfo();
        startInfo.Environment[RuntimeSettings.RuntimeApiVariable] = api.Address;
        startInfo.Environment[RuntimeSettings.HandlerVariable] = "no-such-handler";
        startInfo.Environment.Remove(RuntimeSettings.FunctionNameVariable);
        startInfo.Environment.Remove("AWS_LAMBDA_LOG_LEVEL");

        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.NotEqual(0, process.ExitCode);
        var initError = await api.NextOutcomeAsync();
        Assert.Equal(FakeRuntimeApi.InitErrorPath, initError.Path);
        Assert.Equal(RuntimeErrorTypes.NoSuchHandler, initError.ErrorTypeHeader);
        Assert.Contains("'no-such-handler'", initError.Json.GetProperty("errorMessage").GetString());
        var fatal = Assert.Single(LogLines.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(await stdout))));
        Assert.Equal("FATAL", fatal.Property("level"));
    }

    // The referenced Functions project is copied next to this assembly: its apphost when the SDK made one,
    // bootstrap.dll always.
    private static ProcessStartInfo BootstrapStartInfo()
    {
        var apphost = Path.Combine(AppContext.BaseDirectory, "bootstrap");
        var startInfo = File.Exists(apphost)
            ? new ProcessStartInfo(apphost)
            : new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [Path.Combine(AppContext.BaseDirectory, "bootstrap.dll")]);
        startInfo.RedirectStandardOutput = true;
        startInfo.UseShellExecute = false;
        // Let the apphost find the runtime these tests run on, wherever it is installed.
        startInfo.Environment["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        return startInfo;
    }
}
