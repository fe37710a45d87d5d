using System.Text.Json.Nodes;

namespace LiveScore.Lambda.Catalog;

/// <summary>
/// An EventBridge rule on the S3 API calls CloudTrail records ("AWS API Call via CloudTrail" events from
/// <c>aws.s3</c>): the calls named in <see cref="EventNames"/> on the buckets named in <see cref="Buckets"/>. The CDK app
/// deploys its <see cref="EventPattern"/> with the deployed bucket names; the local cloud matches every call to its S3
/// endpoint against the same pattern with the local names.
/// </summary>
/// <param name="EventNames">CloudTrail event names, such as <c>PutBucketPolicy</c> or <c>DeleteObject</c>.</param>
/// <param name="Buckets">Catalog names of the watched buckets (<see cref="BucketDefinition.Name"/>).</param>
public sealed record BucketCallRule(IReadOnlyList<string> EventNames, IReadOnlyList<string> Buckets)
{
    /// <summary>The <c>detail-type</c> of the events CloudTrail sends to EventBridge for API calls.</summary>
    public const string DetailType = "AWS API Call via CloudTrail";

    /// <summary>The event pattern, with each catalog bucket name replaced by <paramref name="bucketName"/>'s answer.</summary>
    /// <param name="bucketName">The bucket's name where the rule runs: a deployment token, or the local name.</param>
    public JsonObject EventPattern(Func<string, string> bucketName) => new()
    {
        ["source"] = new JsonArray("aws.s3"),
        ["detail-type"] = new JsonArray(DetailType),
        ["detail"] = new JsonObject
        {
            ["eventSource"] = new JsonArray("s3.amazonaws.com"),
            ["eventName"] = Values(EventNames),
            ["requestParameters"] = new JsonObject { ["bucketName"] = Values(Buckets.Select(bucketName)) },
        },
    };

    private static JsonArray Values(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
