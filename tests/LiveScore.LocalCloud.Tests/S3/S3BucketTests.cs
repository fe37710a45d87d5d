using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace LiveScore.LocalCloud.Tests.S3;

[Collection(S3ServerCollection.Name)]
public sealed class S3BucketTests(S3Server server)
{
    [Fact]
    public async Task Buckets_are_created_listed_checked_and_deleted_only_when_empty()
    {
        var bucket = await server.CreateBucketAsync();
        await server.Client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "left.txt", ContentBody = "x" });

        Assert.Contains(bucket, (await server.Client.ListBucketsAsync()).Buckets.Select(b => b.BucketName));
        Assert.True(Directory.Exists(Path.Combine(server.Root, bucket)));
        Assert.Equal(HttpStatusCode.Conflict, (await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => server.Client.PutBucketAsync(bucket))).StatusCode);
        var notEmpty = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => server.Client.DeleteBucketAsync(bucket));
        Assert.Equal(("BucketNotEmpty", HttpStatusCode.Conflict), (notEmpty.ErrorCode, notEmpty.StatusCode));

        await server.Client.DeleteObjectAsync(bucket, "left.txt");
        await server.Client.DeleteBucketAsync(bucket);

        Assert.False(Directory.Exists(Path.Combine(server.Root, bucket)));
        var missing = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => server.Client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "x" }));
        Assert.Equal(("NoSuchBucket", HttpStatusCode.NotFound), (missing.ErrorCode, missing.StatusCode));
        Assert.Equal("InvalidBucketName", (await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => server.Client.PutBucketAsync("Not_A_Bucket"))).ErrorCode);
    }

    [Fact]
    public async Task Policy_public_access_block_encryption_lifecycle_versioning_and_acl_read_back_as_put()
    {
        var bucket = await server.CreateBucketAsync();
        var policy = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::{{bucket}}/*"}]}""";

        await server.Client.PutBucketPolicyAsync(bucket, policy);
        await server.Client.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
        {
            BucketName = bucket,
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, BlockPublicPolicy = true, IgnorePublicAcls = false, RestrictPublicBuckets = true },
        });
        await server.Client.PutBucketEncryptionAsync(new PutBucketEncryptionRequest
        {
            BucketName = bucket,
            ServerSideEncryptionConfiguration = new ServerSideEncryptionConfiguration
            {
                ServerSideEncryptionRules = [new ServerSideEncryptionRule { ServerSideEncryptionByDefault = new ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = ServerSideEncryptionMethod.AWSKMS } }],
            },
        });
        await server.Client.PutLifecycleConfigurationAsync(new PutLifecycleConfigurationRequest
        {
            BucketName = bucket,
            Configuration = new LifecycleConfiguration
            {
                Rules = [new LifecycleRule { Id = "expire-logs", Status = LifecycleRuleStatus.Enabled, Filter = new LifecycleFilter { LifecycleFilterPredicate = new LifecyclePrefixPredicate { Prefix = "logs/" } }, Expiration = new LifecycleRuleExpiration { Days = 7 } }],
            },
        });
        await server.Client.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = bucket, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled } });
        await server.Client.PutBucketAclAsync(new PutBucketAclRequest { BucketName = bucket, ACL = S3CannedACL.PublicRead });

        Assert.Equal(policy, (await server.Client.GetBucketPolicyAsync(bucket)).Policy);
        var block = (await server.Client.GetPublicAccessBlockAsync(new GetPublicAccessBlockRequest { BucketName = bucket })).PublicAccessBlockConfiguration;
        Assert.Equal((true, true, false, true), (block.BlockPublicAcls, block.BlockPublicPolicy, block.IgnorePublicAcls, block.RestrictPublicBuckets));
        var encryption = await server.Client.GetBucketEncryptionAsync(new GetBucketEncryptionRequest { BucketName = bucket });
        Assert.Equal(ServerSideEncryptionMethod.AWSKMS, encryption.ServerSideEncryptionConfiguration.ServerSideEncryptionRules[0].ServerSideEncryptionByDefault.ServerSideEncryptionAlgorithm);
        var rule = Assert.Single((await server.Client.GetLifecycleConfigurationAsync(bucket)).Configuration.Rules);
        Assert.Equal(("expire-logs", 7), (rule.Id, rule.Expiration.Days));
        Assert.Equal(VersionStatus.Enabled, (await server.Client.GetBucketVersioningAsync(bucket)).VersioningConfig.Status);
        var grants = (await server.Client.GetBucketAclAsync(new GetBucketAclRequest { BucketName = bucket })).Grants;
        Assert.Contains(grants, g => g.Grantee.URI == "http://acs.amazonaws.com/groups/global/AllUsers" && g.Permission == S3Permission.READ);

        await server.Client.DeleteBucketPolicyAsync(bucket);
        await server.Client.DeletePublicAccessBlockAsync(new DeletePublicAccessBlockRequest { BucketName = bucket });
        await server.Client.DeleteBucketEncryptionAsync(new DeleteBucketEncryptionRequest { BucketName = bucket });
        await server.Client.DeleteLifecycleConfigurationAsync(bucket);

        // Checked on the wire: AWSSDK.S3 reads a GetBucketPolicy answer's body as the policy whatever its status, and
        // turns NoSuchLifecycleConfiguration into an empty configuration.
        await AssertMissingAsync(bucket, "policy", "NoSuchBucketPolicy");
        await AssertMissingAsync(bucket, "lifecycle", "NoSuchLifecycleConfiguration");
        Assert.Equal("NoSuchPublicAccessBlockConfiguration", (await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
            server.Client.GetPublicAccessBlockAsync(new GetPublicAccessBlockRequest { BucketName = bucket }))).ErrorCode);
        // Like S3 since 2023, a bucket without its own encryption setting reports SSE-S3.
        var defaultEncryption = await server.Client.GetBucketEncryptionAsync(new GetBucketEncryptionRequest { BucketName = bucket });
        Assert.Equal(ServerSideEncryptionMethod.AES256, defaultEncryption.ServerSideEncryptionConfiguration.ServerSideEncryptionRules[0].ServerSideEncryptionByDefault.ServerSideEncryptionAlgorithm);
    }

    private async Task AssertMissingAsync(string bucket, string subresource, string code)
    {
        using var response = await server.Http.GetAsync($"{server.Endpoint}/{bucket}?{subresource}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"<Code>{code}</Code>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_policy_that_is_not_JSON_is_refused()
    {
        var bucket = await server.CreateBucketAsync();

        var error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => server.Client.PutBucketPolicyAsync(bucket, "allow everyone"));

        Assert.Equal(("MalformedPolicy", HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
    }

    [Fact]
    public async Task Unsupported_operations_are_NotImplemented_errors_that_name_them()
    {
        var bucket = await server.CreateBucketAsync();

        var tagging = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => server.Client.PutBucketTaggingAsync(bucket, [new Tag { Key = "team", Value = "home" }]));
        var multipart = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => server.Client.InitiateMultipartUploadAsync(bucket, "big.bin"));

        Assert.Equal(("NotImplemented", HttpStatusCode.NotImplemented), (tagging.ErrorCode, tagging.StatusCode));
        Assert.Contains("PutBucketTagging", tagging.Message);
        Assert.Contains("CreateMultipartUpload", multipart.Message);
    }
}
