using LiveScore.Lambda.Aws;

namespace LiveScore.Lambda.Tests.Aws;

public class DefaultChainCredentialsTests
{
    private static readonly string[] Variables = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"];

    [Fact]
    public async Task Session_credentials_come_from_the_environment_and_follow_its_changes()
    {
        var saved = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);
        try
        {
            // Lambda hands functions their role's session credentials in exactly these variables.
            Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "ASIAFIRST");
            Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "first-secret");
            Environment.SetEnvironmentVariable("AWS_SESSION_TOKEN", "first-token");
            var source = new DefaultChainCredentials();

            var first = await source.GetAsync(CancellationToken.None);

            Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "ASIASECOND");
            Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "second-secret");
            Environment.SetEnvironmentVariable("AWS_SESSION_TOKEN", "second-token");
            var second = await source.GetAsync(CancellationToken.None);

            Assert.Equal(new AwsCredentials("ASIAFIRST", "first-secret", "first-token"), first);
            Assert.Equal(new AwsCredentials("ASIASECOND", "second-secret", "second-token"), second);
        }
        finally
        {
            foreach (var (name, value) in saved) Environment.SetEnvironmentVariable(name, value);
        }
    }
}
