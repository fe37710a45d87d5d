using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace LiveScore.Lambda.Aws;

/// <summary>
/// Signs requests with AWS Signature Version 4 (header form) for one region and service.
/// Signs host, content-type and every x-amz-* header; other headers are left unsigned so proxies and the
/// HTTP stack may add or change them.
/// </summary>
/// <param name="region">The region in the credential scope, e.g. <c>eu-west-1</c>.</param>
/// <param name="service">The service's signing name, e.g. <c>sns</c> or <c>execute-api</c>.</param>
/// <param name="clock">Supplies the signing time.</param>
/// <param name="sendPayloadHash">Also send the payload hash as <c>x-amz-content-sha256</c>, which S3-style services require.</param>
public sealed class SigV4Signer(string region, string service, TimeProvider clock, bool sendPayloadHash = false)
{
    private const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>Adds <c>x-amz-date</c>, the session token (if any) and the <c>Authorization</c> header to <paramref name="request"/>.</summary>
    /// <returns>The intermediate strings, to compare with what AWS reports when a signature does not match.</returns>
    public async Task<SigV4Signature> SignAsync(HttpRequestMessage request, AwsCredentials credentials, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        var timestamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var date = timestamp[..8];
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var payloadHash = Convert.ToHexStringLower(SHA256.HashData(body));

        SetHeader(request, "x-amz-date", timestamp);
        if (credentials.SessionToken is { } token) SetHeader(request, "x-amz-security-token", token);
        // S3-style services require the payload hash as a header; the others only need it inside the signature.
        if (sendPayloadHash) SetHeader(request, "x-amz-content-sha256", payloadHash);

        var headers = CanonicalHeaders(request, uri);
        var signed = Compute(request.Method.Method, uri, headers, payloadHash, timestamp, region, service, credentials.SecretAccessKey);
        request.Headers.Authorization = new AuthenticationHeaderValue(Algorithm,
            $"Credential={credentials.AccessKeyId}/{date}/{region}/{service}/aws4_request, SignedHeaders={string.Join(';', headers.Keys)}, Signature={signed.Signature}");
        return signed;
    }

    /// <summary>
    /// The signature of a request from its parts: what a signer sends and what a verifier recomputes from the
    /// headers a client says it signed.
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="uri">The request URI as sent on the wire (escaped path and query).</param>
    /// <param name="canonicalHeaders">The signed headers: lower-case names in ordinal order, values trimmed with inner spaces collapsed.</param>
    /// <param name="payloadHash">The hex SHA-256 of the body, or the value of <c>x-amz-content-sha256</c>.</param>
    /// <param name="timestamp">The <c>x-amz-date</c> value, e.g. <c>20250115T100000Z</c>.</param>
    /// <param name="region">The region of the credential scope.</param>
    /// <param name="service">The service of the credential scope.</param>
    /// <param name="secretAccessKey">The secret of the signing credentials.</param>
    public static SigV4Signature Compute(
        string method, Uri uri, IReadOnlyDictionary<string, string> canonicalHeaders, string payloadHash,
        string timestamp, string region, string service, string secretAccessKey)
    {
        var names = canonicalHeaders.Keys.Order(StringComparer.Ordinal).ToList();
        var canonicalRequest = string.Join('\n',
            method,
            CanonicalPath(uri),
            CanonicalQuery(uri),
            string.Concat(names.Select(name => $"{name}:{canonicalHeaders[name]}\n")),
            string.Join(';', names),
            payloadHash);

        var date = timestamp[..8];
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = string.Join('\n',
            Algorithm, timestamp, scope, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));
        var key = SigningKey(secretAccessKey, date, region, service);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        return new SigV4Signature(canonicalRequest, stringToSign, signature);
    }

    /// <summary>A header value as the canonical request holds it: trimmed, runs of spaces collapsed, repeated values joined by commas.</summary>
    public static string CanonicalValue(IEnumerable<string> values) =>
        string.Join(',', values.Select(v => string.Join(' ', v.Split(' ', StringSplitOptions.RemoveEmptyEntries))));

    /// <summary>kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").</summary>
    public static byte[] SigningKey(string secretAccessKey, string date, string region, string service)
    {
        var key = Encoding.UTF8.GetBytes("AWS4" + secretAccessKey);
        foreach (var part in new[] { date, region, service, "aws4_request" })
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        return key;
    }

    private static void SetHeader(HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name);
        request.Headers.TryAddWithoutValidation(name, value);
    }

    private static SortedDictionary<string, string> CanonicalHeaders(HttpRequestMessage request, Uri uri)
    {
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = request.Headers.Host ?? uri.Authority,
        };
        if (request.Content?.Headers.NonValidated.TryGetValues("Content-Type", out var contentType) == true)
            headers["content-type"] = CanonicalValue(contentType);
        foreach (var (name, values) in request.Headers.NonValidated)
        {
            if (name.StartsWith("x-amz-", StringComparison.OrdinalIgnoreCase))
                headers[name.ToLowerInvariant()] = CanonicalValue(values);
        }
        return headers;
    }

    // The URI already holds the escaped path that goes on the wire; services other than S3 expect that
    // escaped form to be escaped once more in the canonical request.
    private static string CanonicalPath(Uri uri) =>
        uri.AbsolutePath.Length == 0 ? "/" : Escape(uri.AbsolutePath, keepSlash: true);

    private static string CanonicalQuery(Uri uri)
    {
        var query = uri.Query.TrimStart('?');
        if (query.Length == 0) return "";
        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var separator = pair.IndexOf('=');
            var name = separator < 0 ? pair : pair[..separator];
            var value = separator < 0 ? "" : pair[(separator + 1)..];
            return (Name: Escape(Uri.UnescapeDataString(name), keepSlash: false), Value: Escape(Uri.UnescapeDataString(value), keepSlash: false));
        });
        return string.Join('&', pairs
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));
    }

    /// <summary>RFC 3986 escaping as SigV4 defines it: only A-Z a-z 0-9 - _ . ~ stay literal, hex digits upper case.</summary>
    private static string Escape(string value, bool keepSlash)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' || (keepSlash && c == '/'))
                escaped.Append(c);
            else
                escaped.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return escaped.ToString();
    }
}
