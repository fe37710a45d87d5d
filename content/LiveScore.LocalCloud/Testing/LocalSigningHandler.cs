using LiveScore.Lambda.Aws;

namespace LiveScore.LocalCloud.Testing;

/// <summary>
/// Signs every request with SigV4 for API Gateway (service <c>execute-api</c>) with the local cloud's credentials, as a
/// game server or an operator with IAM credentials does deployed: what IAM-authorized routes require.
/// </summary>
public sealed class LocalSigningHandler : DelegatingHandler
{
    private readonly SigV4Signer _signer;
    private readonly AwsCredentials _credentials;

    public LocalSigningHandler()
        : base(new HttpClientHandler())
    {
        var (region, accessKeyId, secretAccessKey) = LocalEnvironment.Identity(Environment.GetEnvironmentVariable);
        _signer = new SigV4Signer(region, "execute-api", TimeProvider.System);
        _credentials = new AwsCredentials(accessKeyId, secretAccessKey);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _signer.SignAsync(request, _credentials, cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
