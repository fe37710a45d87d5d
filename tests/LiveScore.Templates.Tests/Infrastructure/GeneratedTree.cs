using System.Security.Cryptography;
using System.Text;

namespace LiveScore.Templates.Tests.Infrastructure;

/// <summary>Reads a generated solution folder (ignoring build output).</summary>
public static class GeneratedTree
{
    private static readonly string[] Ignored = ["bin", "obj", "node_modules", "cdk.out", "TestResults"];

    public static IReadOnlyList<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => Ignored.Contains(part)))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> Directories(string root) =>
        Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(root, d).Replace('\\', '/'))
            .Where(d => !d.Split('/').Any(part => Ignored.Contains(part)))
            .ToList();

    /// <summary>A fingerprint of everything the compiler sees, so identical variants are built once.</summary>
    public static string BuildFingerprint(string root)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files(root).Where(f => !f.EndsWith(".md", StringComparison.Ordinal) && !f.StartsWith(".github/", StringComparison.Ordinal)))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(root, file)));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
