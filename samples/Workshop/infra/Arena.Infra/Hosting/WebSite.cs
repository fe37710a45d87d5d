using Amazon.CDK;
using Amazon.CDK.AWS.CloudFront;
using Amazon.CDK.AWS.CloudFront.Origins;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.S3.Deployment;
using Constructs;
using CloudFrontFunction = Amazon.CDK.AWS.CloudFront.Function;

namespace Arena.Infra.Hosting;

/// <summary>
/// The pages of web/ (the <c>webAssets</c> context value, by default ../web) in the private site bucket, served only
/// through CloudFront (origin access control) with security headers, and a <c>config.json</c> naming the deployed APIs.
/// CloudFront keeps a page at most five minutes, so a deployment shows within minutes without a cache invalidation.
/// </summary>
public sealed class WebSite : Construct
{
    public const string ContextKey = "webAssets";

    // S3 answers a folder address (/score/) with nothing: serve its index.html, as the local cloud does.
    private const string IndexRewrite =
        "function handler(event) { var r = event.request; if (r.uri.endsWith('/')) { r.uri += 'index.html'; } return r; }";

    /// <param name="signedWrites">Whether some routes have IAM authorization, so that the pages sign what they send them.</param>
    /// <param name="userPool">Where customers sign in, when some routes need a signed-in customer.</param>
    public WebSite(Construct scope, string id, Bucket bucket, string? apiUrl, string? webSocketUrl, bool signedWrites, PageUserPool? userPool = null)
        : base(scope, id)
    {
        var folder = Node.TryGetContext(ContextKey) as string ?? "../web";
        var connect = string.Join(' ', new[] { "'self'", apiUrl, webSocketUrl, userPool?.Endpoint }.OfType<string>());
        var headers = new ResponseHeadersPolicy(this, "SecurityHeaders", new ResponseHeadersPolicyProps
        {
            SecurityHeadersBehavior = new ResponseSecurityHeadersBehavior
            {
                // The local cloud sends the same policy (LiveScore.LocalCloud's PageHeaders), with its own origin as the API.
                ContentSecurityPolicy = new ResponseHeadersContentSecurityPolicy
                {
                    ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
                                            $"connect-src {connect}; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
                    Override = true,
                },
                StrictTransportSecurity = new ResponseHeadersStrictTransportSecurity { AccessControlMaxAge = Duration.Days(365), IncludeSubdomains = true, Override = true },
                FrameOptions = new ResponseHeadersFrameOptions { FrameOption = HeadersFrameOption.DENY, Override = true },
                ContentTypeOptions = new ResponseHeadersContentTypeOptions { Override = true },
                ReferrerPolicy = new ResponseHeadersReferrerPolicy { ReferrerPolicy = HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, Override = true },
            },
        });
        Distribution = new Distribution(this, "Distribution", new DistributionProps
        {
            DefaultRootObject = "index.html",
            MinimumProtocolVersion = SecurityPolicyProtocol.TLS_V1_2_2021,
            EnableLogging = true,
            LogBucket = BucketBuilder.AccessLogs(this),
            LogFilePrefix = "cloudfront/",
            DefaultBehavior = new BehaviorOptions
            {
                Origin = S3BucketOrigin.WithOriginAccessControl(bucket),
                ViewerProtocolPolicy = ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
                CachePolicy = new CachePolicy(this, "PageCache", new CachePolicyProps
                {
                    MinTtl = Duration.Seconds(0), DefaultTtl = Duration.Minutes(1), MaxTtl = Duration.Minutes(5),
                    EnableAcceptEncodingGzip = true, EnableAcceptEncodingBrotli = true,
                }),
                ResponseHeadersPolicy = headers,
                FunctionAssociations =
                [
                    new FunctionAssociation
                    {
                        EventType = FunctionEventType.VIEWER_REQUEST,
                        Function = new CloudFrontFunction(this, "IndexRewrite", new FunctionProps { Code = FunctionCode.FromInline(IndexRewrite), Runtime = FunctionRuntime.JS_2_0 }),
                    },
                ],
            },
        });

        var config = new Dictionary<string, object?>
            {
                ["apiUrl"] = apiUrl,
                ["webSocketUrl"] = webSocketUrl,
                ["signedWrites"] = signedWrites,
                ["userPool"] = userPool is null ? null : new Dictionary<string, object> { ["endpoint"] = userPool.Endpoint, ["clientId"] = userPool.ClientId },
            }
            .Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!);
        _ = new BucketDeployment(this, "Pages", new BucketDeploymentProps
        {
            Sources = [Source.Asset(folder, new Amazon.CDK.AWS.S3.Assets.AssetOptions { Exclude = ["config.json"] }), Source.JsonData("config.json", config)],
            DestinationBucket = bucket,
            MemoryLimit = 256,
        });
        NagSuppressions.Add(Distribution, "AwsSolutions-CFR1",
            "The pages are for every country; add a GeoRestriction to the distribution where a team needs one.");
        NagSuppressions.Add(Distribution, "AwsSolutions-CFR2",
            "No AWS WAF web ACL: it is billed per ACL and rule every month, for static pages; the APIs they call are throttled per stage. Set WebAclId when the site needs one.");
        NagSuppressions.Add(Distribution, "AwsSolutions-CFR4",
            "Served under the default *.cloudfront.net certificate, for which CloudFront applies no minimum protocol; with a custom domain and certificate the TLSv1.2_2021 minimum set here applies.");
        AcknowledgeDeploymentHelper();
        _ = new CfnOutput(Stack.Of(this), "SiteUrl", new CfnOutputProps { Description = "The pages, served by CloudFront", Value = $"https://{Distribution.DistributionDomainName}/" });
    }

    public Distribution Distribution { get; }

    /// <summary>BucketDeployment's helper function and role are CDK's own, made once per stack; say why their findings stand.</summary>
    private void AcknowledgeDeploymentHelper()
    {
        var helper = Stack.Of(this).Node.Children.OfType<Amazon.CDK.AWS.Lambda.Function>().Single(f => f.Node.Id.StartsWith("Custom::CDKBucketDeployment", StringComparison.Ordinal));
        const string MadeByCdk = "CDK's BucketDeployment helper, which copies the pages from CDK's asset bucket into the site bucket while deploying";
        NagSuppressions.Add(helper, "AwsSolutions-L1", MadeByCdk + ": its runtime comes with the CDK version.");
        NagSuppressions.Add(helper, "Serverless-LambdaLatestVersion", MadeByCdk + ": its runtime comes with the CDK version.");
        NagSuppressions.Add(helper, "Serverless-LambdaTracing", MadeByCdk + ": it runs only during a deployment, which CloudFormation's events record.");
        NagSuppressions.Add(helper, "Serverless-LambdaDLQ", MadeByCdk + ": CloudFormation waits for its answer and fails the deployment on an error.");
        NagSuppressions.Add(helper.Role!, "AwsSolutions-IAM4", MadeByCdk + ": CDK gives its role the basic execution policy.");
        NagSuppressions.Add(helper.Role!.Node.FindChild("DefaultPolicy"), "AwsSolutions-IAM5",
            MadeByCdk + ": CDK grants it reading the asset and replacing the objects of the site bucket only.");
    }
}

/// <summary>The user pool the pages sign customers in to: the Cognito user pools API's endpoint and the pages' client id.</summary>
public sealed record PageUserPool(string Endpoint, string ClientId);
