using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LiveScore.Lambda.Aws;
using Microsoft.AspNetCore.Http.Features;

namespace LiveScore.LocalCloud.HttpApi;

/// <summary>
/// IAM authorization of an HTTP API route as API Gateway applies it: the request must carry a valid SigV4 signature
/// (service <c>execute-api</c>) by the local cloud's credentials, made within 15 minutes; otherwise 403 and the
/// function is not invoked.
/// </summary>
public sealed class IamAuthorizer(string region, string accessKeyId, string secretAccessKey, TimeProvider clock)
{
    private const string Algorithm = "AWS4-HMAC-SHA256";
    private const string Service = "execute-api";
    private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(15);

    /// <summary>Null when the request is signed by the local credentials, else why it is refused.</summary>
    public string? Refusal(HttpRequest request, byte[] body)
    {
        var authorization = request.Headers.Authorization;
        if (authorization.Count == 0)
        {
            return "Missing Authentication Token: this route requires a SigV4-signed request (service execute-api).";
        }
        if (authorization.Count > 1 || authorization[0] is not { } header || !header.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            return $"The Authorization header must be one {Algorithm} signature.";
        }
        var fields = header[(Algorithm.Length + 1)..].Split(',', StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);
        if (!fields.TryGetValue("Credential", out var credential) || !fields.TryGetValue("SignedHeaders", out var signedHeaders)
            || !fields.TryGetValue("Signature", out var signature))
        {
            return "The Authorization header needs Credential, SignedHeaders and Signature.";
        }
        var scope = credential.Split('/');
        if (scope is not [var keyId, var date, var scopeRegion, Service, "aws4_request"])
        {
            return $"The credential scope must be <key>/<date>/<region>/{Service}/aws4_request.";
        }
        if (!string.Equals(keyId, accessKeyId, StringComparison.Ordinal))
        {
            return $"The security token included in the request is invalid: sign with the local credentials (access key '{accessKeyId}').";
        }
        if (!string.Equals(scopeRegion, region, StringComparison.Ordinal))
        {
            return $"Credential should be scoped to a valid region: '{region}', not '{scopeRegion}'.";
        }
        var timestamp = request.Headers["x-amz-date"].ToString();
        if (!DateTimeOffset.TryParseExact(timestamp, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt)
            || !timestamp.StartsWith(date, StringComparison.Ordinal))
        {
            return "The request needs an x-amz-date header (yyyyMMddTHHmmssZ) on the credential scope's date.";
        }
        if ((clock.GetUtcNow() - signedAt).Duration() > MaxSkew)
        {
            return $"Signature expired: {timestamp} is more than 15 minutes from the local cloud's time.";
        }
        var names = signedHeaders.Split(';');
        if (!names.Contains("host", StringComparer.Ordinal) || !names.Contains("x-amz-date", StringComparer.Ordinal))
        {
            return "SignedHeaders must include host and x-amz-date.";
        }
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            headers[name] = name == "host" ? request.Host.Value ?? "" : SigV4Signer.CanonicalValue(request.Headers[name].Select(v => v ?? ""));
        }
        var payloadHash = request.Headers["x-amz-content-sha256"] is [{ } declared] ? declared : Convert.ToHexStringLower(SHA256.HashData(body));
        var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var uri = new Uri($"{request.Scheme}://{request.Host.Value}{target}");
        var expected = SigV4Signer.Compute(request.Method, uri, headers, payloadHash, timestamp, region, Service, secretAccessKey);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected.Signature), Encoding.ASCII.GetBytes(signature))
            ? null
            : $"The request signature we calculated does not match the signature you provided. The canonical request was:\n{expected.CanonicalRequest}";
    }
}
