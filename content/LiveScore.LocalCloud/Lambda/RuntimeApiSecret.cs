using System.Security.Cryptography;

namespace LiveScore.LocalCloud.Lambda;

/// <summary>
/// A random path segment, new on every start, under which the Runtime API is served. Only the functions' processes
/// are told it, so nothing that reaches the public port can take another function's events or answer for it.
/// </summary>
public sealed class RuntimeApiSecret
{
    public string Value { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <summary>The path that, after host:port, makes a function's AWS_LAMBDA_RUNTIME_API.</summary>
    public string Prefix(string functionId) => $"/_runtime/{Value}/{functionId}";
}
