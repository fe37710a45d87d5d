using System.Diagnostics;

namespace LiveScore.LocalCloud.Tests;

/// <summary>Runs boto3 scripts: the second, independent client of the DynamoDB, SQS and S3 endpoints.</summary>
internal static class Boto3
{
    private static readonly Lazy<string?> Found = new(FindPython);

    /// <summary>A Python with boto3, or null when none is installed.</summary>
    public static string? Installed => Found.Value;

    /// <summary>The Python to run scripts with (<see cref="Boto3FactAttribute"/> skips the test when there is none).</summary>
    public static string Python() =>
        Installed ?? throw new InvalidOperationException("CI=true but no python3 with boto3 is installed (apt-get install python3-boto3).");

    // The first Python on the PATH may be another installation than the one Debian's python3-boto3 installs into.
    private static string? FindPython() =>
        new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(python =>
        {
            try
            {
                using var probe = Process.Start(new ProcessStartInfo(python, ["-c", "import boto3"]) { RedirectStandardError = true })!;
                probe.WaitForExit(30_000);
                return probe.HasExited && probe.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        });

    public static async Task<string> RunAsync(string python, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(python, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(patience.Token);
        Assert.True(process.ExitCode == 0, $"boto3 script failed ({process.ExitCode}):\n{await stderr}");
        return await stdout;
    }
}

/// <summary>A boto3 test: skipped, saying what to install, where no Python has boto3; on CI (CI=true) it must run.</summary>
public sealed class Boto3FactAttribute : FactAttribute
{
    public Boto3FactAttribute()
    {
        if (Boto3.Installed is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "Needs python3 with boto3 (apt-get install python3-boto3).";
        }
    }
}
