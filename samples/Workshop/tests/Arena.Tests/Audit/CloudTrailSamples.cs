using System.Text.Json.Nodes;

namespace Arena.Tests.Audit;

/// <summary>"AWS API Call via CloudTrail" events for S3, shaped as AWS documents them.</summary>
internal static class CloudTrailSamples
{
    public const string Bucket = "arena-lake";

    /// <summary>An IAM user replaces a bucket's policy with one that makes every object public.</summary>
    public static JsonObject PutBucketPolicy() => Parse($$"""
        {
          "version": "0", "id": "5a8b0d7c-3f2e-4b1a-9c6d-7e8f9a0b1c2d", "detail-type": "AWS API Call via CloudTrail", "source": "aws.s3",
          "account": "123456789012", "time": "2026-11-30T09:15:42Z", "region": "eu-west-1", "resources": [],
          "detail": {
            "eventVersion": "1.09",
            "userIdentity": { "type": "IAMUser", "principalId": "AIDAEXAMPLE", "arn": "arn:aws:iam::123456789012:user/mallory",
                              "accountId": "123456789012", "accessKeyId": "AKIAEXAMPLE", "userName": "mallory" },
            "eventTime": "2026-11-30T09:15:42Z", "eventSource": "s3.amazonaws.com", "eventName": "PutBucketPolicy",
            "awsRegion": "eu-west-1", "sourceIPAddress": "203.0.113.7", "userAgent": "aws-cli/2.15.0",
            "requestParameters": {
              "bucketPolicy": { "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::{{Bucket}}/*" } ] },
              "bucketName": "{{Bucket}}", "Host": "{{Bucket}}.s3.eu-west-1.amazonaws.com", "policy": ""
            },
            "responseElements": null, "requestID": "7D2E9F1A3B4C5D6E", "eventID": "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "readOnly": false,
            "resources": [ { "accountId": "123456789012", "type": "AWS::S3::Bucket", "ARN": "arn:aws:s3:::{{Bucket}}" } ],
            "eventType": "AwsApiCall", "managementEvent": true, "recipientAccountId": "123456789012", "eventCategory": "Management"
          }
        }
        """);

    /// <summary>A function's role reads an object: a data event, and harmless.</summary>
    public static JsonObject GetObject() => Parse($$"""
        {
          "version": "0", "id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "detail-type": "AWS API Call via CloudTrail", "source": "aws.s3",
          "account": "123456789012", "time": "2026-11-30T09:16:03Z", "region": "eu-west-1", "resources": [],
          "detail": {
            "eventVersion": "1.09",
            "userIdentity": { "type": "AssumedRole", "principalId": "AROAEXAMPLE:visit-stream",
                              "arn": "arn:aws:sts::123456789012:assumed-role/Arena-VisitStreamRole/visit-stream", "accountId": "123456789012" },
            "eventTime": "2026-11-30T09:16:03Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
            "awsRegion": "eu-west-1", "sourceIPAddress": "198.51.100.20", "userAgent": "aws-sdk-dotnet-coreclr/4.0.0",
            "requestParameters": { "bucketName": "{{Bucket}}", "Host": "{{Bucket}}.s3.eu-west-1.amazonaws.com", "key": "visits/a.json.gz" },
            "responseElements": null, "requestID": "9A8B7C6D5E4F3A2B", "eventID": "8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968", "readOnly": true,
            "resources": [ { "type": "AWS::S3::Object", "ARN": "arn:aws:s3:::{{Bucket}}/visits/a.json.gz" },
                           { "accountId": "123456789012", "type": "AWS::S3::Bucket", "ARN": "arn:aws:s3:::{{Bucket}}" } ],
            "eventType": "AwsApiCall", "managementEvent": false, "recipientAccountId": "123456789012", "eventCategory": "Data"
          }
        }
        """);

    /// <summary><see cref="PutBucketPolicy"/> as another call: its name changed, the rest kept.</summary>
    public static JsonObject Call(string eventName)
    {
        var sample = PutBucketPolicy();
        sample["detail"]!["eventName"] = eventName;
        return sample;
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
