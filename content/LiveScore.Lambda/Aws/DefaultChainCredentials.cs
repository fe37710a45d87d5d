using Amazon.Runtime.Credentials;

namespace LiveScore.Lambda.Aws;

/// <summary>Credentials from the standard AWS chain (environment, profile, container, instance metadata).</summary>
public sealed class DefaultChainCredentials : IAwsCredentialsSource
{
    /// <inheritdoc/>
    public async ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // The SDK caches the resolved provider (re-resolving when the environment changes) and refreshes
        // expiring session credentials itself, so asking on every request costs a lookup, not a fetch.
        var provider = await DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync();
        var current = await provider.GetCredentialsAsync();
        return new AwsCredentials(current.AccessKey, current.SecretKey, current.UseToken ? current.Token : null);
    }
}
