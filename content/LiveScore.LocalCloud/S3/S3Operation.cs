namespace LiveScore.LocalCloud.S3;

/// <summary>Names a request's operation as CloudTrail's eventName does, from its method, path and sub-resource.</summary>
internal static class S3Operation
{
    // Query parameters that select a sub-resource (rather than parameterise the operation), and the name part each gives.
    private static readonly Dictionary<string, string> BucketSubresources = new(StringComparer.Ordinal)
    {
        ["policy"] = "BucketPolicy", ["publicAccessBlock"] = "BucketPublicAccessBlock", ["encryption"] = "BucketEncryption",
        ["lifecycle"] = "BucketLifecycle", ["versioning"] = "BucketVersioning", ["acl"] = "BucketAcl",
        ["location"] = "BucketLocation", ["tagging"] = "BucketTagging", ["cors"] = "BucketCors", ["website"] = "BucketWebsite",
        ["notification"] = "BucketNotification", ["logging"] = "BucketLogging", ["replication"] = "BucketReplication",
        ["ownershipControls"] = "BucketOwnershipControls", ["accelerate"] = "BucketAccelerateConfiguration",
        ["requestPayment"] = "BucketRequestPayment", ["object-lock"] = "ObjectLockConfiguration",
        ["policyStatus"] = "BucketPolicyStatus", ["intelligent-tiering"] = "BucketIntelligentTieringConfiguration",
        ["inventory"] = "BucketInventoryConfiguration", ["analytics"] = "BucketAnalyticsConfiguration",
        ["metrics"] = "BucketMetricsConfiguration",
    };

    private static readonly Dictionary<string, string> ObjectSubresources = new(StringComparer.Ordinal)
    {
        ["acl"] = "ObjectAcl", ["tagging"] = "ObjectTagging", ["attributes"] = "ObjectAttributes", ["retention"] = "ObjectRetention",
        ["legal-hold"] = "ObjectLegalHold", ["torrent"] = "ObjectTorrent",
    };

    public static string Resolve(string method, string? bucket, string? key, IQueryCollection query, IHeaderDictionary headers)
    {
        var verb = method switch { "GET" => "Get", "PUT" => "Put", "DELETE" => "Delete", "HEAD" => "Head", "POST" => "Post", _ => method };
        if (bucket is null) return method == "GET" ? "ListBuckets" : $"{verb}Service";
        if (key is null)
        {
            if (BucketSubresources.Keys.FirstOrDefault(query.ContainsKey) is { } subresource) return verb + BucketSubresources[subresource];
            return (method, query.ContainsKey("uploads"), query.ContainsKey("versions"), query.ContainsKey("delete")) switch
            {
                ("GET", true, _, _) => "ListMultipartUploads",
                ("GET", _, true, _) => "ListObjectVersions",
                ("GET", _, _, _) => "ListObjects",
                ("POST", _, _, true) => "DeleteObjects",
                ("PUT", _, _, _) => "CreateBucket",
                ("HEAD", _, _, _) => "HeadBucket",
                ("DELETE", _, _, _) => "DeleteBucket",
                _ => verb + "Bucket",
            };
        }
        if (query.ContainsKey("uploadId"))
        {
            return method switch
            {
                "PUT" => headers.ContainsKey("x-amz-copy-source") ? "UploadPartCopy" : "UploadPart",
                "POST" => "CompleteMultipartUpload",
                "DELETE" => "AbortMultipartUpload",
                _ => "ListParts",
            };
        }
        if (ObjectSubresources.Keys.FirstOrDefault(query.ContainsKey) is { } objectSubresource) return verb + ObjectSubresources[objectSubresource];
        return (method, query.ContainsKey("uploads"), query.ContainsKey("restore"), query.ContainsKey("select")) switch
        {
            ("POST", true, _, _) => "CreateMultipartUpload",
            ("POST", _, true, _) => "RestoreObject",
            ("POST", _, _, true) => "SelectObjectContent",
            ("PUT", _, _, _) => headers.ContainsKey("x-amz-copy-source") ? "CopyObject" : "PutObject",
            _ => verb + "Object",
        };
    }
}
