using LiveScore.Lambda.Aws;

namespace LiveScore.LocalCloud.Tables;

/// <summary>Credentials fixed for the local cloud's lifetime.</summary>
internal sealed class StaticCredentials(AwsCredentials credentials) : IAwsCredentialsSource
{
    public ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(credentials);
}
