using System.Text.Json;

namespace LiveScore.LocalCloud.Tests.S3;

/// <summary>
/// A second, independent client: boto3 (the AWS CLI's library) lists, puts and gets through the S3 endpoint, path-style,
/// with its own checksums and URL-encoded listings. Skipped where no Python with boto3 is installed, except on CI.
/// </summary>
[Collection(S3ServerCollection.Name)]
public sealed class S3Boto3Tests(S3Server server)
{
    private const string Script = """
        import json, sys, boto3
        from botocore.config import Config
        s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name="us-east-1", aws_access_key_id="local",
                          aws_secret_access_key="local", config=Config(s3={"addressing_style": "path"}))
        bucket = sys.argv[2]
        s3.create_bucket(Bucket=bucket)
        s3.put_object(Bucket=bucket, Key="match reports/final+extra.txt", Body=b"2-1 after extra time", ContentType="text/plain")
        s3.put_object(Bucket=bucket, Key="teams.json", Body=b"[]")
        body = s3.get_object(Bucket=bucket, Key="match reports/final+extra.txt")["Body"].read().decode()
        listing = s3.list_objects_v2(Bucket=bucket, Delimiter="/")
        buckets = [b["Name"] for b in s3.list_buckets()["Buckets"]]
        print(json.dumps({"body": body, "keys": [o["Key"] for o in listing.get("Contents", [])],
                          "prefixes": [p["Prefix"] for p in listing.get("CommonPrefixes", [])], "listed": bucket in buckets}))
        """;

    [Boto3Fact]
    public async Task Boto3_creates_puts_gets_and_lists_through_the_endpoint()
    {
        var python = Boto3.Python();
        var bucket = $"boto-{Guid.NewGuid():N}";

        using var result = JsonDocument.Parse(await Boto3.RunAsync(python, ["-c", Script, server.Endpoint, bucket]));

        Assert.Equal("2-1 after extra time", result.RootElement.GetProperty("body").GetString());
        Assert.Equal(["teams.json"], result.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(["match reports/"], result.RootElement.GetProperty("prefixes").EnumerateArray().Select(p => p.GetString()));
        Assert.True(result.RootElement.GetProperty("listed").GetBoolean());
        Assert.True(File.Exists(Path.Combine(server.Root, bucket, "match reports", "final+extra.txt")));
    }
}
