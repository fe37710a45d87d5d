using LiveScore.Lambda.Aws;

namespace LiveScore.Lambda.Tests.Aws;

internal sealed class FixedCredentials(AwsCredentials credentials) : IAwsCredentialsSource
{
    public static FixedCredentials Session { get; } = new(new AwsCredentials("ASIATESTKEY", "test-secret", "test-session-token"));

    public ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(credentials);
}
