using Amazon.S3.Model;
using Amazon.S3;

namespace LiveScore.LocalCloud.Tests.S3;

[Collection(S3ServerCollection.Name)]
public sealed class S3ObserverTests(S3Server server)
{
    [Fact]
    public async Task Each_call_is_reported_with_its_CloudTrail_name_caller_outcome_and_parameters()
    {
        var bucket = await server.CreateBucketAsync();
        var policy = """{"Version":"2012-10-17","Statement":[]}""";

        await server.Client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "logs/today.txt", ContentBody = "ok" });
        (await server.Client.GetObjectAsync(bucket, "logs/today.txt")).Dispose();
        await server.Client.GetObjectMetadataAsync(bucket, "logs/today.txt");
        await server.Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = "logs/" });
        await server.Client.PutBucketPolicyAsync(bucket, policy);
        await server.Client.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
        {
            BucketName = bucket, PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true },
        });
        await server.Client.PutLifecycleConfigurationAsync(new PutLifecycleConfigurationRequest
        {
            BucketName = bucket,
            Configuration = new LifecycleConfiguration { Rules = [new LifecycleRule { Id = "r", Status = LifecycleRuleStatus.Enabled, Expiration = new LifecycleRuleExpiration { Days = 1 } }] },
        });
        await server.Client.PutBucketAclAsync(new PutBucketAclRequest { BucketName = bucket, ACL = S3CannedACL.Private });
        await server.Client.DeleteBucketPolicyAsync(bucket);
        await Assert.ThrowsAnyAsync<Exception>(() => server.Client.GetObjectAsync(bucket, "missing.txt"));
        await server.Client.DeleteObjectAsync(bucket, "logs/today.txt");
        await server.Client.DeleteBucketAsync(bucket);

        var calls = server.Calls.Where(c => c.Bucket == bucket).ToList();
        Assert.Equal(
            ["CreateBucket", "PutObject", "GetObject", "HeadObject", "ListObjects", "PutBucketPolicy", "PutBucketPublicAccessBlock",
             "PutBucketLifecycle", "PutBucketAcl", "DeleteBucketPolicy", "GetObject", "DeleteObject", "DeleteBucket"],
            calls.Select(c => c.Operation));
        Assert.All(calls, call =>
        {
            Assert.Equal("local", call.AccessKeyId);
            Assert.Equal("127.0.0.1", call.SourceIp);
            Assert.StartsWith("aws-sdk-dotnet", call.UserAgent);
            Assert.Equal(bucket, call.RequestParameters["bucketName"]);
        });
        var put = calls.Single(c => c.Operation == "PutObject");
        Assert.Equal(("logs/today.txt", 200, "logs/today.txt"), (put.Key, put.StatusCode, put.RequestParameters["key"]));
        Assert.Equal(policy, calls.Single(c => c.Operation == "PutBucketPolicy").RequestParameters["bucketPolicy"]);
        Assert.Equal(204, calls.Single(c => c.Operation == "DeleteBucketPolicy").StatusCode);
        Assert.Contains("<BlockPublicAcls>true</BlockPublicAcls>", calls.Single(c => c.Operation == "PutBucketPublicAccessBlock").RequestParameters["PublicAccessBlockConfiguration"]);
        Assert.Contains("<ID>r</ID>", calls.Single(c => c.Operation == "PutBucketLifecycle").RequestParameters["LifecycleConfiguration"]);
        Assert.Equal("private", calls.Single(c => c.Operation == "PutBucketAcl").RequestParameters["x-amz-acl"]);
        Assert.Equal(("logs/", "2"), (calls.Single(c => c.Operation == "ListObjects").RequestParameters["prefix"], calls.Single(c => c.Operation == "ListObjects").RequestParameters["list-type"]));
        var failed = calls.Last(c => c.Operation == "GetObject");
        Assert.Equal((404, "NoSuchKey"), (failed.StatusCode, failed.ErrorCode));
    }

    [Fact]
    public async Task Unsigned_and_refused_calls_are_reported_too()
    {
        var bucket = await server.CreateBucketAsync();

        using var response = await server.Http.PutAsync($"{server.Endpoint}/{bucket}?tagging", new StringContent("<Tagging/>"));

        var call = Assert.Single(server.Calls, c => c.Bucket == bucket && c.Operation == "PutBucketTagging");
        Assert.Equal((501, "NotImplemented", (string?)null), (call.StatusCode, call.ErrorCode, call.AccessKeyId));
    }
}
