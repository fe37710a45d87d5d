using System.Security.Cryptography;

namespace LiveScore.LocalCloud.WebSockets;

/// <summary>
/// Connection, request and message ids in API Gateway's own format: 11 random bytes in standard base64, such as
/// <c>EnQ4AeRWjoECJxQ=</c>. The '=', '+' and '/' are kept on purpose: a client that puts an id into a URL
/// without escaping it fails here just as it would against AWS.
/// </summary>
public static class GatewayIds
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(11));
}
