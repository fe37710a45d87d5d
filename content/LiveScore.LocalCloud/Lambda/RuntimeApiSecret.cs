using System.Security.Cryptography;
using System.Text;

namespace LiveScore.LocalCloud.Lambda;

/// <summary>
/// A random key, new on every start, from which each function's Runtime API path is derived. A function's process is
/// told only its own path, so nothing that reaches the port — another function's process included — can take that
/// function's events, answer for it or fail it.
/// </summary>
public sealed class RuntimeApiSecret
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    /// <summary>The path that, after host:port, makes the function's AWS_LAMBDA_RUNTIME_API.</summary>
    public string Prefix(string functionId) => $"/_runtime/{Token(functionId)}/{functionId}";

    /// <summary>Whether <paramref name="token"/> is the one <see cref="Prefix"/> gives <paramref name="functionId"/>.</summary>
    public bool Admits(string functionId, string token) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Token(functionId)), Encoding.ASCII.GetBytes(token));

    private string Token(string functionId) =>
        Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(functionId)), 0, 16).ToLowerInvariant();
}
