namespace LiveScore.LocalCloud.S3;

/// <summary>An error S3 reports as an XML <c>&lt;Error&gt;</c> document with an HTTP status.</summary>
internal sealed class S3Exception(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;

    public static S3Exception NoSuchBucket() => new(404, "NoSuchBucket", "The specified bucket does not exist");
    public static S3Exception NoSuchKey() => new(404, "NoSuchKey", "The specified key does not exist.");
    public static S3Exception BucketNotEmpty() => new(409, "BucketNotEmpty", "The bucket you tried to delete is not empty");
    public static S3Exception BucketAlreadyOwnedByYou() =>
        new(409, "BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.");
    public static S3Exception InvalidBucketName(string bucket) => new(400, "InvalidBucketName", $"The specified bucket is not valid: {bucket}");
    public static S3Exception InvalidArgument(string message) => new(400, "InvalidArgument", message);
    public static S3Exception InvalidRequest(string message) => new(400, "InvalidRequest", message);
    public static S3Exception MalformedXml() =>
        new(400, "MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema");
    public static S3Exception BadDigest(string message) => new(400, "BadDigest", message);
    public static S3Exception IncompleteBody(string message) => new(400, "IncompleteBody", message);
    public static S3Exception InvalidRange() => new(416, "InvalidRange", "The requested range is not satisfiable");

    /// <summary>A real S3 operation the local S3 does not have, named so nobody mistakes it for a different answer.</summary>
    public static S3Exception NotImplemented(string operation) =>
        new(501, "NotImplemented", $"{operation} is not implemented by the local cloud's S3.");
}
