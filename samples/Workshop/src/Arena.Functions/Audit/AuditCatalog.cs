using LiveScore.Lambda.Catalog;

namespace Arena.Functions.Audit;

/// <summary>Bucket changes: CloudTrail → EventBridge rule → <c>audit-alert</c> → one SNS email per risky call.</summary>
public static class AuditCatalog
{
    public const string TopicVariable = "AUDIT_TOPIC_ARN";

    /// <summary>The trail's log files. Watched like every other bucket of the application: changing it hides tracks.</summary>
    public static readonly BucketDefinition TrailLogs = new("AuditTrail") { Archive = true };

    public static readonly TopicDefinition Alerts = new("AuditAlerts", "AuditAlertEmail", "Changes to the S3 buckets");

    /// <summary>
    /// Calls that open a bucket up, weaken its protection or destroy data: policy, ACLs, public access block, default
    /// encryption, lifecycle rules, and deletions of buckets and objects. Names as CloudTrail writes them.
    /// </summary>
    public static IReadOnlyList<string> RiskyCalls { get; } =
    [
        "PutBucketPolicy", "DeleteBucketPolicy",
        "PutBucketAcl", "PutObjectAcl",
        "PutBucketPublicAccessBlock", "DeleteBucketPublicAccessBlock",
        "PutBucketEncryption", "DeleteBucketEncryption",
        "PutBucketLifecycle", "DeleteBucketLifecycle",
        "DeleteBucket", "DeleteObject", "DeleteObjects",
    ];

    public static IReadOnlyList<BucketDefinition> Buckets { get; } = [TrailLogs];

    public static IReadOnlyList<TopicDefinition> Topics { get; } = [Alerts];

    /// <summary>The alert function, watching <paramref name="watched"/> (every bucket of the application).</summary>
    public static IReadOnlyList<FunctionDefinition> Functions(IEnumerable<BucketDefinition> watched) =>
    [
        new("audit-alert", "Bucket changes recorded by CloudTrail: one readable alert email per risky call.", AuditAlertHandler.Create)
        {
            BucketCalls = new BucketCallRule(RiskyCalls, [.. watched.Select(b => b.Name)]),
            Bindings = [new(TopicVariable, ResourceKind.Topic, Alerts.Name, Access.Publish)],
        },
    ];
}
