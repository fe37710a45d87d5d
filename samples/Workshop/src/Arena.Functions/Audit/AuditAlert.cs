using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiveScore.Lambda.Events;
using LiveScore.Lambda.Notifications;

namespace Arena.Functions.Audit;

/// <summary>Turns a CloudTrail-recorded S3 call into an alert a person reads: what, which bucket, who, from where, when.</summary>
public static class AuditAlert
{
    public const string EventType = "BucketChange";
    private const int MaxSubjectLength = 100;

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["PutBucketPolicy"] = "the bucket policy was replaced",
        ["DeleteBucketPolicy"] = "the bucket policy was deleted",
        ["PutBucketAcl"] = "the bucket ACL was changed",
        ["PutObjectAcl"] = "an object's ACL was changed",
        ["PutBucketPublicAccessBlock"] = "the public access block was changed",
        ["DeleteBucketPublicAccessBlock"] = "the public access block was removed",
        ["PutBucketEncryption"] = "the default encryption was changed",
        ["DeleteBucketEncryption"] = "the default encryption was removed",
        ["PutBucketLifecycle"] = "the lifecycle rules were replaced",
        ["DeleteBucketLifecycle"] = "the lifecycle rules were deleted",
        ["DeleteBucket"] = "the bucket was deleted",
        ["DeleteObject"] = "an object was deleted",
        ["DeleteObjects"] = "objects were deleted",
    };

    // An email is plain text: the request is written as sent, not with <, > and & escaped for HTML.
    private static readonly JsonSerializerOptions PlainText = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Shown on their own lines already, or noise.
    private static readonly HashSet<string> ListedParameters = new(StringComparer.Ordinal) { "bucketName", "key", "Host" };

    public static Notification For(CloudTrailEvent @event, string topicArn)
    {
        var call = @event.Detail;
        var bucket = Parameter(call, "bucketName") ?? "(no bucket)";
        var what = Descriptions.GetValueOrDefault(call.EventName, call.EventName);
        var result = call.ErrorCode is null ? "succeeded" : $"failed: {call.ErrorCode} {call.ErrorMessage}".TrimEnd();
        var message = new StringBuilder()
            .AppendLine($"S3 {call.EventName} on {bucket}: {what}.")
            .AppendLine()
            .AppendLine($"Bucket:  {bucket}");
        if (Parameter(call, "key") is { } key) message.AppendLine($"Object:  {key}");
        message
            .AppendLine($"Who:     {Caller(call.UserIdentity)}")
            .AppendLine($"From:    {call.SourceIpAddress ?? "unknown address"}{(call.UserAgent is { } agent ? " using " + agent : "")}")
            .AppendLine($"When:    {call.EventTime}")
            .AppendLine($"Result:  {result}")
            .AppendLine($"Where:   account {@event.Account}, {call.AwsRegion ?? @event.Region}");
        if (Request(call) is { } request) message.AppendLine($"Request: {request}");
        message.Append($"Event:   {call.EventId}");
        return new Notification(
            topicArn,
            Subject($"S3 {call.EventName} on {bucket}"),
            message.ToString(),
            new Dictionary<string, string>
            {
                ["eventType"] = EventType,
                ["eventName"] = call.EventName,
                ["bucketName"] = bucket,
                ["eventId"] = call.EventId,
            });
    }

    private static string Caller(CloudTrailUserIdentity identity)
    {
        var who = identity.Arn ?? (identity.AccountId == "anonymous" ? "anonymous caller" : identity.PrincipalId ?? "unknown caller");
        var type = identity.Type is null ? "" : $" ({identity.Type})";
        var via = identity.InvokedBy is null ? "" : $" via {identity.InvokedBy}";
        return who + type + via;
    }

    private static string? Parameter(CloudTrailRecord call, string name) =>
        call.RequestParameters?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    // What was asked for (the new policy, ACL, configuration), as compact JSON.
    private static string? Request(CloudTrailRecord call)
    {
        var rest = call.RequestParameters?.Where(p => !ListedParameters.Contains(p.Key)).ToList();
        return rest is null || rest.Count == 0
            ? null
            : new JsonObject(rest.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))).ToJsonString(PlainText);
    }

    // SNS takes up to 100 printable ASCII characters on one line as an email subject.
    private static string Subject(string text)
    {
        var printable = new string([.. text.Select(c => c is >= ' ' and <= '~' ? c : '?')]);
        return printable.Length <= MaxSubjectLength ? printable : printable[..(MaxSubjectLength - 3)] + "...";
    }
}
