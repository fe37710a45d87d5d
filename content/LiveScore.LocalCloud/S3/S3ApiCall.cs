namespace LiveScore.LocalCloud.S3;

/// <summary>
/// One request the S3 endpoint handled, reported once its response is complete: what an audit trail records.
/// </summary>
/// <param name="Operation">The operation as CloudTrail's eventName spells it: PutObject, ListObjects (for V2 too),
/// PutBucketPolicy, PutBucketPublicAccessBlock, PutBucketLifecycle (for PutBucketLifecycleConfiguration), ...</param>
/// <param name="StatusCode">The HTTP status of the response.</param>
/// <param name="ErrorCode">The S3 error code (NoSuchKey, ...) when the call failed.</param>
/// <param name="AccessKeyId">From the SigV4 Authorization header's Credential (not verified); null when unsigned.</param>
/// <param name="Time">When the request arrived.</param>
/// <param name="RequestParameters">As CloudTrail's requestParameters: bucketName, key, the query string's parameters and,
/// for configuration calls, the document under CloudTrail's name for it (bucketPolicy, PublicAccessBlockConfiguration,
/// ServerSideEncryptionConfiguration, LifecycleConfiguration, VersioningConfiguration, AccessControlPolicy or x-amz-acl).</param>
public sealed record S3ApiCall(
    string Operation,
    string? Bucket,
    string? Key,
    int StatusCode,
    string? ErrorCode,
    string? AccessKeyId,
    string? SourceIp,
    string? UserAgent,
    DateTimeOffset Time,
    IReadOnlyDictionary<string, string> RequestParameters);
