using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Events;

/// <summary>
/// An "AWS API Call via CloudTrail" event as EventBridge delivers it to a rule's target: the EventBridge envelope with
/// the CloudTrail record in <see cref="Detail"/>.
/// </summary>
public sealed record CloudTrailEvent
{
    /// <summary>Always <c>0</c>.</summary>
    [JsonPropertyName("version")]
    public string Version { get; set; } = "0";

    /// <summary>EventBridge's id of the event.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary><c>AWS API Call via CloudTrail</c>.</summary>
    [JsonPropertyName("detail-type")]
    public string DetailType { get; set; } = "";

    /// <summary>The service called, as <c>aws.s3</c>.</summary>
    [JsonPropertyName("source")]
    public string Source { get; set; } = "";

    /// <summary>The account the event belongs to.</summary>
    [JsonPropertyName("account")]
    public string Account { get; set; } = "";

    /// <summary>When the call was made, ISO 8601 to the second.</summary>
    [JsonPropertyName("time")]
    public string Time { get; set; } = "";

    /// <summary>The region of the call.</summary>
    [JsonPropertyName("region")]
    public string Region { get; set; } = "";

    /// <summary>ARNs of the resources involved; empty for CloudTrail events (they are in the detail).</summary>
    [JsonPropertyName("resources")]
    public IReadOnlyList<string> Resources { get; set; } = [];

    /// <summary>The CloudTrail record of the call.</summary>
    [JsonPropertyName("detail")]
    public CloudTrailRecord Detail { get; set; } = new();
}

/// <summary>One API call as CloudTrail records it.</summary>
public sealed record CloudTrailRecord
{
    /// <summary>The version of the record's format, as <c>1.09</c>.</summary>
    [JsonPropertyName("eventVersion")]
    public string? EventVersion { get; set; }

    /// <summary>Who made the call.</summary>
    [JsonPropertyName("userIdentity")]
    public CloudTrailUserIdentity UserIdentity { get; set; } = new();

    /// <summary>When the call was made, ISO 8601 UTC.</summary>
    [JsonPropertyName("eventTime")]
    public string EventTime { get; set; } = "";

    /// <summary>The service's endpoint name, as <c>s3.amazonaws.com</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; set; } = "";

    /// <summary>The API operation, as <c>PutBucketPolicy</c>.</summary>
    [JsonPropertyName("eventName")]
    public string EventName { get; set; } = "";

    /// <summary>The region the call went to.</summary>
    [JsonPropertyName("awsRegion")]
    public string? AwsRegion { get; set; }

    /// <summary>The caller's IP address, or the service that called on its behalf.</summary>
    [JsonPropertyName("sourceIPAddress")]
    public string? SourceIpAddress { get; set; }

    /// <summary>The caller's user agent.</summary>
    [JsonPropertyName("userAgent")]
    public string? UserAgent { get; set; }

    /// <summary>The request's parameters; for S3, <c>bucketName</c>, <c>key</c> and the configuration document sent.</summary>
    [JsonPropertyName("requestParameters")]
    public JsonObject? RequestParameters { get; set; }

    /// <summary>What the service answered, when CloudTrail records it.</summary>
    [JsonPropertyName("responseElements")]
    public JsonObject? ResponseElements { get; set; }

    /// <summary>Service-specific facts about the call; for S3 the signature version, bytes transferred, ...</summary>
    [JsonPropertyName("additionalEventData")]
    public JsonObject? AdditionalEventData { get; set; }

    /// <summary>The error code when the call failed, as <c>AccessDenied</c>; null when it succeeded.</summary>
    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; set; }

    /// <summary>The error message when the call failed.</summary>
    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; set; }

    /// <summary>The service's request id.</summary>
    [JsonPropertyName("requestID")]
    public string? RequestId { get; set; }

    /// <summary>CloudTrail's id of the record.</summary>
    [JsonPropertyName("eventID")]
    public string EventId { get; set; } = "";

    /// <summary>Whether the call only reads.</summary>
    [JsonPropertyName("readOnly")]
    public bool? ReadOnly { get; set; }

    /// <summary>The resources the call touched: for S3 the bucket, and the object for object calls.</summary>
    [JsonPropertyName("resources")]
    public IReadOnlyList<CloudTrailResource> Resources { get; set; } = [];

    /// <summary><c>AwsApiCall</c> for API calls.</summary>
    [JsonPropertyName("eventType")]
    public string? EventType { get; set; }

    /// <summary>Whether this is a management event (bucket calls) rather than a data event (object calls).</summary>
    [JsonPropertyName("managementEvent")]
    public bool? ManagementEvent { get; set; }

    /// <summary>The TLS version and cipher suite of the call.</summary>
    [JsonPropertyName("tlsDetails")]
    public JsonObject? TlsDetails { get; set; }

    /// <summary>The account that received the record.</summary>
    [JsonPropertyName("recipientAccountId")]
    public string? RecipientAccountId { get; set; }

    /// <summary><c>Management</c> or <c>Data</c>.</summary>
    [JsonPropertyName("eventCategory")]
    public string? EventCategory { get; set; }
}

/// <summary>The caller of a CloudTrail record.</summary>
public sealed record CloudTrailUserIdentity
{
    /// <summary><c>IAMUser</c>, <c>AssumedRole</c>, <c>Root</c>, <c>AWSService</c>, <c>AWSAccount</c> (anonymous) ...</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The principal's unique id; for an assumed role, the role id and the session name.</summary>
    [JsonPropertyName("principalId")]
    public string? PrincipalId { get; set; }

    /// <summary>The principal's ARN.</summary>
    [JsonPropertyName("arn")]
    public string? Arn { get; set; }

    /// <summary>The principal's account; <c>anonymous</c> for unsigned calls.</summary>
    [JsonPropertyName("accountId")]
    public string? AccountId { get; set; }

    /// <summary>The access key the request was signed with.</summary>
    [JsonPropertyName("accessKeyId")]
    public string? AccessKeyId { get; set; }

    /// <summary>The IAM user's name, for <c>IAMUser</c> and <c>Root</c> callers.</summary>
    [JsonPropertyName("userName")]
    public string? UserName { get; set; }

    /// <summary>The AWS service that made the call on the principal's behalf, as <c>cloudformation.amazonaws.com</c>.</summary>
    [JsonPropertyName("invokedBy")]
    public string? InvokedBy { get; set; }

    /// <summary>For temporary credentials: the session's attributes and, for a role, the issuer (<c>sessionIssuer</c>).</summary>
    [JsonPropertyName("sessionContext")]
    public JsonObject? SessionContext { get; set; }
}

/// <summary>A resource a CloudTrail record names.</summary>
public sealed record CloudTrailResource
{
    /// <summary>The resource's ARN, as <c>arn:aws:s3:::bucket</c>.</summary>
    [JsonPropertyName("ARN")]
    public string? Arn { get; set; }

    /// <summary>The account that owns the resource.</summary>
    [JsonPropertyName("accountId")]
    public string? AccountId { get; set; }

    /// <summary>The resource type, as <c>AWS::S3::Bucket</c> or <c>AWS::S3::Object</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }
}
