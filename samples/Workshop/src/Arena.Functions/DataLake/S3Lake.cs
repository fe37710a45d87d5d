using Amazon.S3;
using Amazon.S3.Model;

namespace Arena.Functions.DataLake;

/// <summary>The lake bucket through the AWS SDK.</summary>
public sealed class S3Lake(IAmazonS3 s3, string bucket) : ILake
{
    /// <summary>
    /// A client for the configured region. With an endpoint override (AWS_ENDPOINT_URL_S3, e.g. the local cloud) the
    /// bucket goes in the path, as such endpoints expect; in AWS it goes in the host name.
    /// </summary>
    public static IAmazonS3 Client() => new AmazonS3Client(new AmazonS3Config
    {
        ForcePathStyle = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_S3")),
    });

    public Task PutAsync(LakeObject lakeObject, CancellationToken cancellationToken) =>
        s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = lakeObject.Key,
            InputStream = new MemoryStream(lakeObject.Content),
            // The .gz name tells Athena and downloads what the bytes are; no Content-Encoding, so nothing unpacks them on the way.
            ContentType = "application/gzip",
        }, cancellationToken);
}
