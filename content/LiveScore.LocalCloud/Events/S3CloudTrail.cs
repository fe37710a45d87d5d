using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.S3;

namespace LiveScore.LocalCloud.EventBridge;

/// <summary>
/// Turns a call to the local S3 endpoint into the "AWS API Call via CloudTrail" event EventBridge would receive for it.
/// Locally the caller is named by the access key it signed with (there are no IAM users); unsigned calls are anonymous.
/// </summary>
public static class S3CloudTrail
{
    // Bucket-level calls that CloudTrail counts as data events, like every object call.
    private static readonly HashSet<string> BucketDataEvents = new(StringComparer.Ordinal)
    {
        "DeleteObjects", "ListObjects", "ListObjectVersions", "ListMultipartUploads",
    };

    public static CloudTrailEvent From(S3ApiCall call, string region, string account)
    {
        var time = call.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var data = call.Key is not null || BucketDataEvents.Contains(call.Operation);
        return new CloudTrailEvent
        {
            Id = Guid.NewGuid().ToString(),
            DetailType = BucketCallRule.DetailType,
            Source = "aws.s3",
            Account = account,
            Time = time,
            Region = region,
            Detail = new CloudTrailRecord
            {
                EventVersion = "1.09",
                UserIdentity = call.AccessKeyId is { } key
                    ? new CloudTrailUserIdentity
                    {
                        Type = "IAMUser", PrincipalId = key, Arn = $"arn:aws:iam::{account}:user/{key}", AccountId = account, AccessKeyId = key, UserName = key,
                    }
                    : new CloudTrailUserIdentity { Type = "AWSAccount", PrincipalId = "", AccountId = "anonymous" },
                EventTime = time,
                EventSource = "s3.amazonaws.com",
                EventName = call.Operation,
                AwsRegion = region,
                SourceIpAddress = call.SourceIp,
                UserAgent = call.UserAgent,
                RequestParameters = Parameters(call.RequestParameters),
                ErrorCode = call.ErrorCode,
                ErrorMessage = call.ErrorCode is null ? null : $"The call failed with HTTP {call.StatusCode}.",
                RequestId = Guid.NewGuid().ToString("N")[..16].ToUpperInvariant(),
                EventId = Guid.NewGuid().ToString(),
                ReadOnly = call.Operation.StartsWith("Get", StringComparison.Ordinal) || call.Operation.StartsWith("List", StringComparison.Ordinal) ||
                           call.Operation.StartsWith("Head", StringComparison.Ordinal),
                Resources = Resources(call, account),
                EventType = "AwsApiCall",
                ManagementEvent = !data,
                RecipientAccountId = account,
                EventCategory = data ? "Data" : "Management",
            },
        };
    }

    // A bucket policy is JSON and CloudTrail records it as an object; the XML documents stay text.
    private static JsonObject Parameters(IReadOnlyDictionary<string, string> parameters)
    {
        var json = new JsonObject();
        foreach (var (name, value) in parameters)
        {
            json[name] = name == "bucketPolicy" && TryParseObject(value) is { } policy ? policy : JsonValue.Create(value);
        }
        return json;
    }

    private static JsonObject? TryParseObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<CloudTrailResource> Resources(S3ApiCall call, string account)
    {
        var resources = new List<CloudTrailResource>();
        if (call.Bucket is null) return resources;
        if (call.Key is not null) resources.Add(new CloudTrailResource { Arn = $"arn:aws:s3:::{call.Bucket}/{call.Key}", Type = "AWS::S3::Object" });
        resources.Add(new CloudTrailResource { Arn = $"arn:aws:s3:::{call.Bucket}", AccountId = account, Type = "AWS::S3::Bucket" });
        return resources;
    }
}
