namespace LiveScore.Lambda.Aws;

/// <summary>Supplies the credentials to sign the next request with; asked once per attempt so expiring credentials are replaced.</summary>
public interface IAwsCredentialsSource
{
    ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken);
}
