using Amazon.CDK;
using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AwsApigatewayv2Authorizers;
using Amazon.CDK.AwsApigatewayv2Integrations;
using LiveScore.Lambda.Catalog;
using Constructs;
using ApiHttpMethod = Amazon.CDK.AWS.Apigatewayv2.HttpMethod;
using CatalogHttpRoute = LiveScore.Lambda.Catalog.HttpRoute;

namespace Arena.Infra.Hosting;

/// <summary>
/// The application's HTTP API: one throttled default stage with access logs and each route's own limit where the
/// catalog gives one, Lambda proxy integrations with payload format 2.0 (the shape the functions and the local cloud
/// speak), CORS for the methods the catalog routes use.
/// </summary>
public sealed class HttpApiConstruct : Construct
{
    public const double RateLimit = 100;
    public const double BurstLimit = 200;

    private readonly IHttpRouteAuthorizer? _customers;
    private readonly Dictionary<string, object> _routeSettings = new(StringComparer.Ordinal);

    /// <param name="customers">The authorizer of routes with customer authorization (the user pool's); needed when there are such routes.</param>
    public HttpApiConstruct(Construct scope, string id, IEnumerable<CatalogHttpRoute> allRoutes, IHttpRouteAuthorizer? customers = null)
        : base(scope, id)
    {
        _customers = customers;
        Api = new HttpApi(this, "Api", new HttpApiProps
        {
            ApiName = Stack.Of(this).StackName + "-http",
            Description = "Application HTTP API",
            CreateDefaultStage = false,
            CorsPreflight = new CorsPreflightOptions
            {
                // The pages are served from another origin (CloudFront or a local file) and send no credentials.
                AllowOrigins = ["*"],
                // An ANY route (for workshop scripts, not pages) opens no further method to other origins.
                AllowMethods = [.. allRoutes.Where(r => r.Method != "ANY").Select(r => Enum.Parse<CorsHttpMethod>(r.Method)).Distinct().Order()],
                // Idempotency-Key lets a page retry an order safely; the replay marker and Location are read back.
                // The SigV4 headers let a page call the IAM-authorized routes with credentials it was given.
                AllowHeaders = ["content-type", "idempotency-key", "authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256"],
                ExposeHeaders = ["idempotent-replayed", "location"],
                MaxAge = Duration.Days(1),
            },
        });

        Stage = new HttpStage(this, "DefaultStage", new HttpStageProps
        {
            HttpApi = Api,
            StageName = "$default",
            AutoDeploy = true,
            Throttle = new ThrottleSettings { RateLimit = RateLimit, BurstLimit = BurstLimit },
        });
        // One JSON line per request: who called which route, the answer, and the integration's error if any.
        AccessLogs = new LogGroup(this, "AccessLogs", new LogGroupProps { Retention = RetentionDays.ONE_MONTH });
        ((CfnStage)Stage.Node.DefaultChild!).AccessLogSettings = new CfnStage.AccessLogSettingsProperty
        {
            DestinationArn = AccessLogs.LogGroupArn,
            Format = "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\",\"requestTime\":\"$context.requestTime\"," +
                     "\"routeKey\":\"$context.routeKey\",\"status\":\"$context.status\",\"responseLength\":\"$context.responseLength\"," +
                     "\"latency\":\"$context.responseLatency\",\"integrationError\":\"$context.integrationErrorMessage\"}",
        };

        _ = new CfnOutput(Stack.Of(this), "HttpApiUrl", new CfnOutputProps
        {
            Description = "Base URL of the HTTP API",
            Value = Stage.Url,
        });
    }

    public HttpApi Api { get; }

    public HttpStage Stage { get; }

    public LogGroup AccessLogs { get; }

    public void AddRoutes(string handlerId, IFunction function, IEnumerable<CatalogHttpRoute> routes)
    {
        var integration = new HttpLambdaIntegration(ConstructIds.From(handlerId) + "Integration", function, new HttpLambdaIntegrationProps
        {
            PayloadFormatVersion = PayloadFormatVersion.VERSION_2_0,
        });

        foreach (var route in routes)
        {
            var added = Api.AddRoutes(new AddRoutesOptions
            {
                Path = route.Path,
                Methods = [Enum.Parse<ApiHttpMethod>(route.Method)],
                Integration = integration,
                Authorizer = route.Authorization switch
                {
                    // IAM: API Gateway checks the SigV4 signature and the caller's execute-api:Invoke permission.
                    RouteAuthorization.Iam => new HttpIamAuthorizer(),
                    // Customer: a JWT authorizer that accepts tokens of the customers' user pool for the pages' client only.
                    RouteAuthorization.Customer => _customers ?? throw new InvalidOperationException($"{route} needs a signed-in customer, but the stack has no user pool."),
                    _ => null,
                },
            });
            if (route.Throttle is { } throttle)
            {
                // The stage's settings name the route by its key: the route must exist before the stage is updated. Written
                // with CloudFormation's names: CDK does not rename the properties of a struct inside a map.
                _routeSettings[route.ToString()] = new Dictionary<string, object>
                {
                    ["ThrottlingRateLimit"] = throttle.RatePerSecond,
                    ["ThrottlingBurstLimit"] = throttle.Burst,
                };
                ((CfnStage)Stage.Node.DefaultChild!).RouteSettings = _routeSettings;
                Stage.Node.AddDependency(added.Single());
            }
            if (route.Authorization == RouteAuthorization.Public)
            {
                NagSuppressions.Add(added.Single(), "AwsSolutions-APIG4", $"{route} is open on purpose (RouteAuthorization.Public in the catalog): a public read, or a route generated open with --auth none.");
            }
        }
    }
}
