using System.Diagnostics;

namespace LiveScore.Templates.Tests.Infrastructure;

/// <summary>
/// samples/Full's functions published once as a Native AOT <c>bootstrap</c> for one Lambda architecture, and a way to
/// start it (directly, or under an emulator for another architecture).
/// </summary>
public abstract class PublishedBootstrap : IDisposable
{
    private readonly TempDirectory _output = new("livescore-aot-");
    private readonly Lazy<string> _log;

    /// <param name="publishArguments">What <c>dotnet publish</c> needs beyond Release and the output folder.</param>
    protected PublishedBootstrap(ushort elfMachine, params string[] publishArguments)
    {
        ElfMachine = elfMachine;
        _log = new(() =>
        {
            var project = Path.Combine(RepositoryPaths.Samples, "Full", "src", "Arena.Functions");
            var publish = Dotnet.Run(project, TimeSpan.FromMinutes(10), ["publish", "-c", "Release", "-o", _output.Path, .. publishArguments]);
            Assert.True(publish.ExitCode == 0, publish.ToString());
            return publish.Output;
        });
    }

    /// <summary>The ELF header's e_machine of the target architecture.</summary>
    public ushort ElfMachine { get; }

    /// <summary>What <c>dotnet publish</c> printed (publishing on first use).</summary>
    public string Log => _log.Value;

    /// <summary>The publish folder (publishing on first use).</summary>
    public string Folder
    {
        get
        {
            _ = _log.Value;
            return _output.Path;
        }
    }

    public string Bootstrap => Path.Combine(Folder, "bootstrap");

    /// <summary>How to start <see cref="Bootstrap"/> on this machine.</summary>
    public abstract ProcessStartInfo StartInfo();

    public void Dispose()
    {
        _output.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The machine's own architecture, x86_64.</summary>
public sealed class X64Bootstrap() : PublishedBootstrap(0x3E, "-r", "linux-x64")
{
    public override ProcessStartInfo StartInfo() => new(Bootstrap);
}

/// <summary>
/// arm64 (the template's default), cross-compiled with the generated README's command (no runtime identifier: the
/// project picks linux-arm64 itself; Debian's gcc-aarch64-linux-gnu with clang-14 as the compiler driver) and run under
/// qemu-aarch64 with the cross toolchain's libraries.
/// </summary>
public sealed class Arm64Bootstrap() : PublishedBootstrap(0xB7, "-p:CppCompilerAndLinker=clang-14")
{
    public const string Sysroot = "/usr/aarch64-linux-gnu";

    /// <summary>What is missing to cross-publish and run arm64 here, or null when nothing is.</summary>
    public static string? MissingTools =>
        new[] { "/usr/bin/clang-14", "/usr/bin/aarch64-linux-gnu-gcc", "/usr/bin/qemu-aarch64" }.FirstOrDefault(tool => !File.Exists(tool)) is { } missing
            ? $"{missing} is not installed (apt-get install clang-14 gcc-aarch64-linux-gnu qemu-user)"
            : null;

    public override ProcessStartInfo StartInfo() => new("/usr/bin/qemu-aarch64", ["-L", Sysroot, Bootstrap]);
}
