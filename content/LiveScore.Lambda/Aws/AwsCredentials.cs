namespace LiveScore.Lambda.Aws;

/// <summary>An access key pair, with the session token that temporary credentials (such as Lambda's) carry.</summary>
public sealed record AwsCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    // Keeps the secret out of logs and exception messages that print the record.
    public override string ToString() => $"AwsCredentials {{ AccessKeyId = {AccessKeyId} }}";
}
