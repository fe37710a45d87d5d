namespace LiveScore.Lambda.Aws;

/// <summary>An access key pair, with the session token that temporary credentials (such as Lambda's) carry.</summary>
/// <param name="AccessKeyId">The access key id; it appears in the clear in the signed <c>Authorization</c> header.</param>
/// <param name="SecretAccessKey">The secret key; only used to derive signing keys, never sent.</param>
/// <param name="SessionToken">The session token of temporary credentials, sent as <c>x-amz-security-token</c>; null for long-term keys.</param>
public sealed record AwsCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    /// <summary>Names the access key id only, keeping the secret out of logs and exception messages that print the record.</summary>
    public override string ToString() => $"AwsCredentials {{ AccessKeyId = {AccessKeyId} }}";
}
