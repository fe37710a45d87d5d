using Amazon.CDK;
using Amazon.CDK.AWS.S3;
using Constructs;
using LiveScore.Lambda.Catalog;

namespace LiveScore._1.Infra.Hosting;

/// <summary>
/// Builds an S3 bucket from its catalog definition: no public access, TLS only, encrypted, server access logs in the
/// stack's access log bucket and, when it archives, objects moving to Infrequent Access after 30 days and to Glacier
/// after 90. Buckets are retained: deleting the stack keeps the data.
/// </summary>
public static class BucketBuilder
{
    public static void Build(Construct scope, BucketDefinition definition, AppResources resources)
    {
        var bucket = new Bucket(scope, ConstructIds.From(definition.Name) + "Bucket", new BucketProps
        {
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            EnforceSSL = true,
            Encryption = BucketEncryption.S3_MANAGED,
            Versioned = definition.Versioned,
            RemovalPolicy = RemovalPolicy.RETAIN,
            ServerAccessLogsBucket = AccessLogs(scope),
            ServerAccessLogsPrefix = definition.Name + "/",
            LifecycleRules = definition.Archive
                ?
                [
                    new LifecycleRule
                    {
                        Transitions =
                        [
                            new Transition { StorageClass = StorageClass.INFREQUENT_ACCESS, TransitionAfter = Duration.Days(30) },
                            new Transition { StorageClass = StorageClass.GLACIER, TransitionAfter = Duration.Days(90) },
                        ],
                        // Versions replaced by a reprocessed batch are kept a while, then go.
                        NoncurrentVersionExpiration = definition.Versioned ? Duration.Days(90) : null,
                    },
                ]
                : null,
        });
        resources.Add(definition.Name, bucket);
    }

    /// <summary>The stack's access log bucket, made on first use: S3 server access logs and the site's CloudFront logs, kept 90 days.</summary>
    public static Bucket AccessLogs(Construct scope)
    {
        var stack = Stack.Of(scope);
        if (stack.Node.TryFindChild("AccessLogs") is Bucket existing)
        {
            return existing;
        }
        var logs = new Bucket(stack, "AccessLogs", new BucketProps
        {
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            EnforceSSL = true,
            Encryption = BucketEncryption.S3_MANAGED,
            // CloudFront's standard logs are written with an ACL: the bucket accepts ACLs, and still owns what is written.
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_PREFERRED,
            LifecycleRules = [new LifecycleRule { Expiration = Duration.Days(90) }],
            RemovalPolicy = RemovalPolicy.RETAIN,
        });
        NagSuppressions.Add(logs, "AwsSolutions-S1", "This is the access log bucket: logging its own access would log the writes of its own logs.");
        return logs;
    }
}
