namespace LiveScore.Lambda.Aws;

/// <summary>Supplies the credentials to sign the next request with; asked once per attempt so expiring credentials are replaced.</summary>
public interface IAwsCredentialsSource
{
    /// <summary>The credentials that are valid now, refreshed first if they were about to expire.</summary>
    ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken);
}
