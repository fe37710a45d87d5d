using Amazon.CDK.AWS.CloudTrail;
using Constructs;
using Arena.Functions;
using Arena.Functions.Audit;
using Arena.Infra.Hosting;

namespace Arena.Infra.Audit;

/// <summary>
/// Bucket changes, built from <see cref="AuditCatalog"/>: a CloudTrail trail into the private, encrypted trail bucket
/// (write management events, and object writes and deletions in every other bucket of the application), the alert
/// topic with its email parameter, and <c>audit-alert</c> behind the EventBridge rule on the risky calls.
/// </summary>
public sealed class AuditConstruct : Construct
{
    public AuditConstruct(Construct scope, string id, AppResources resources)
        : base(scope, id)
    {
        foreach (var bucket in AuditCatalog.Buckets)
        {
            BucketBuilder.Build(this, bucket, resources);
        }
        foreach (var topic in AuditCatalog.Topics)
        {
            TopicBuilder.Build(this, topic, resources);
        }

        Trail = new Trail(this, "Trail", new TrailProps
        {
            Bucket = resources.Bucket(AuditCatalog.TrailLogs.Name),
            // S3 records a bucket's calls in the bucket's region, the stack's: one region is enough.
            IsMultiRegionTrail = false,
            IncludeGlobalServiceEvents = false,
            EnableFileValidation = true,
            ManagementEvents = ReadWriteType.WRITE_ONLY,
        });
        // Data events for the trail's own bucket would record every log file the trail writes, which writes another log file.
        var dataBuckets = AppCatalog.Buckets.Where(b => b != AuditCatalog.TrailLogs).ToList();
        if (dataBuckets.Count > 0)
        {
            Trail.AddS3EventSelector(
                [.. dataBuckets.Select(b => new S3EventSelector { Bucket = resources.Bucket(b.Name) })],
                new AddEventSelectorOptions { ReadWriteType = ReadWriteType.WRITE_ONLY, IncludeManagementEvents = false });
        }

        CatalogFunctions.Deploy(this, AuditCatalog.Functions(watched: AppCatalog.Buckets), resources);
    }

    public Trail Trail { get; }
}
