using System.Diagnostics;

namespace LiveScore.LocalCloud.Tests.S3;

/// <summary>Runs boto3 scripts: the second, independent client of the S3 and SQS endpoints.</summary>
internal static class Boto3
{
    /// <summary>A Python with boto3, or null to skip; on CI (CI=true) a missing boto3 fails the test instead.</summary>
    public static string? Python()
    {
        var python = FindPython();
        Assert.False(python is null && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            "CI=true but no python3 with boto3 is installed (apt-get install python3-boto3).");
        return python;
    }

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
