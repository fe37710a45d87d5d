using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Arena.Functions;
using Arena.Infra.Hosting;

namespace Arena.InfraTests.Hosting;

public class WebSiteTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    private string BucketId => app.LogicalId(app.Resources.Bucket(AppCatalog.Site.Name));

    private string DistributionId => app.LogicalId(app.Stack.Site.Distribution);

    [Fact]
    public void The_site_bucket_is_private_tls_only_and_readable_only_by_this_distribution()
    {
        var bucket = app.Json.Properties(BucketId);
        var policy = app.Json.Resources("AWS::S3::BucketPolicy").Single(p => JsonNode.DeepEquals(TemplateJson.Ref(BucketId), p.Resource["Properties"]!["Bucket"]))
            .Resource["Properties"]!["PolicyDocument"]!["Statement"]!.AsArray();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true}"""), bucket["PublicAccessBlockConfiguration"]));
        Assert.Null(bucket["LifecycleConfiguration"]);
        Assert.Contains(policy, s => (string?)s!["Effect"] == "Deny" && (string?)s["Condition"]?["Bool"]?["aws:SecureTransport"] == "false");
        var read = Assert.Single(policy, s => (string?)s!["Effect"] == "Allow")!;
        Assert.Equal(("cloudfront.amazonaws.com", "s3:GetObject"), ((string?)read["Principal"]!["Service"], (string?)read["Action"]));
        Assert.Contains(DistributionId, read["Condition"]!["StringEquals"]!["AWS:SourceArn"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(app.Json.Properties(DistributionId)["DistributionConfig"]!["Origins"]![0]!["OriginAccessControlId"]);
    }

    [Fact]
    public void Every_bucket_and_the_distribution_log_their_access_to_the_access_log_bucket()
    {
        var logBucketId = app.LogicalId(BucketBuilder.AccessLogs(app.Stack));
        var buckets = app.Json.Resources("AWS::S3::Bucket").Where(b => b.LogicalId != logBucketId).ToList();

        Assert.NotEmpty(buckets);
        Assert.All(buckets, b => Assert.True(
            JsonNode.DeepEquals(TemplateJson.Ref(logBucketId), b.Resource["Properties"]!["LoggingConfiguration"]?["DestinationBucketName"]), b.LogicalId));
        Assert.Contains(logBucketId, app.Json.Properties(DistributionId)["DistributionConfig"]!["Logging"]!.ToJsonString(), StringComparison.Ordinal);
        var logs = app.Json.Properties(logBucketId);
        Assert.Null(logs["AccessControl"]);
        Assert.Equal(90, (int?)logs["LifecycleConfiguration"]!["Rules"]![0]!["ExpirationInDays"]);
    }

    [Fact]
    public void Pages_are_served_over_https_only_with_a_policy_allowing_no_inline_script_and_no_framing()
    {
        var config = app.Json.Properties(DistributionId)["DistributionConfig"]!;
        var behavior = config["DefaultCacheBehavior"]!;
        var headers = app.Json.Properties((string)behavior["ResponseHeadersPolicyId"]!["Ref"]!)["ResponseHeadersPolicyConfig"]!["SecurityHeadersConfig"]!;
        var csp = headers["ContentSecurityPolicy"]!["ContentSecurityPolicy"]!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Equal(("redirect-to-https", "index.html"), ((string?)behavior["ViewerProtocolPolicy"], (string?)config["DefaultRootObject"]));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-", csp, StringComparison.Ordinal);
        Assert.Equal(31536000, (int?)headers["StrictTransportSecurity"]!["AccessControlMaxAgeSec"]);
        Assert.Equal("DENY", (string?)headers["FrameOptions"]!["FrameOption"]);
        Assert.Equal(300, (int?)app.Json.Properties((string)behavior["CachePolicyId"]!["Ref"]!)["CachePolicyConfig"]!["MaxTTL"]);
    }

    [Fact]
    public void The_pages_and_a_config_json_naming_the_deployed_apis_are_uploaded_and_the_site_url_is_an_output()
    {
        var deployment = Assert.Single(app.Json.Resources("Custom::CDKBucketDeployment")).Resource["Properties"]!;

        Assert.True(JsonNode.DeepEquals(TemplateJson.Ref(BucketId), deployment["DestinationBucketName"]));
        Assert.Equal(2, deployment["SourceObjectKeys"]!.AsArray().Count);
        if (app.Resources.HttpApiUrl is not null)
        {
            Assert.Contains(app.LogicalId(app.Resources.HttpApi.Api), deployment["SourceMarkers"]!.ToJsonString(), StringComparison.Ordinal);
        }
        Assert.Contains(DistributionId, app.Json.Root["Outputs"]!["SiteUrl"]!["Value"]!.ToJsonString(), StringComparison.Ordinal);
    }
}
