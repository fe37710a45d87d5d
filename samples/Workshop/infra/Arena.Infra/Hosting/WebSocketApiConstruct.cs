using Amazon.CDK;
using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AwsApigatewayv2Integrations;
using Constructs;
using CfnAccount = Amazon.CDK.AWS.APIGateway.CfnAccount;
using CfnAccountProps = Amazon.CDK.AWS.APIGateway.CfnAccountProps;

namespace Arena.Infra.Hosting;

/// <summary>
/// A WebSocket API whose custom routes are picked by the message's <c>action</c> field, with one throttled,
/// auto-deployed stage. Functions reach clients through the stage's @connections callback URL.
/// </summary>
public sealed class WebSocketApiConstruct : Construct
{
    public const string RouteSelectionExpression = "$request.body.action";
    public const string StageName = "live";
    public const double RateLimit = 100;
    public const double BurstLimit = 200;

    public WebSocketApiConstruct(Construct scope, string id, string name)
        : base(scope, id)
    {
        Name = name;
        Api = new WebSocketApi(this, "Api", new WebSocketApiProps
        {
            ApiName = $"{Stack.Of(this).StackName}-{name.ToLowerInvariant()}",
            Description = $"{name} WebSocket API",
            RouteSelectionExpression = RouteSelectionExpression,
        });

        Stage = new WebSocketStage(this, "Stage", new WebSocketStageProps
        {
            WebSocketApi = Api,
            StageName = StageName,
            AutoDeploy = true,
            Throttle = new ThrottleSettings { RateLimit = RateLimit, BurstLimit = BurstLimit },
        });
        AccessLogs = new LogGroup(this, "AccessLogs", new LogGroupProps { Retention = RetentionDays.ONE_MONTH });
        ((CfnStage)Stage.Node.DefaultChild!).AccessLogSettings = new CfnStage.AccessLogSettingsProperty
        {
            DestinationArn = AccessLogs.LogGroupArn,
            Format = "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\",\"requestTime\":\"$context.requestTime\"," +
                     "\"eventType\":\"$context.eventType\",\"routeKey\":\"$context.routeKey\",\"connectionId\":\"$context.connectionId\"," +
                     "\"status\":\"$context.status\",\"integrationError\":\"$context.integrationErrorMessage\"}",
        };
        Stage.Node.AddDependency(CloudWatchRole());

        _ = new CfnOutput(Stack.Of(this), "WebSocketUrl", new CfnOutputProps
        {
            Description = "URL browsers connect to (wss://)",
            Value = Stage.Url,
        });
    }

    /// <summary>
    /// WebSocket APIs write access logs through the CloudWatch role of API Gateway's account settings, one per account
    /// and region, shared by every API there: set here, and kept when the stack goes so other APIs keep logging.
    /// </summary>
    private CfnAccount CloudWatchRole()
    {
        var role = new Role(this, "CloudWatchRole", new RoleProps
        {
            AssumedBy = new ServicePrincipal("apigateway.amazonaws.com"),
            ManagedPolicies = [ManagedPolicy.FromAwsManagedPolicyName("service-role/AmazonAPIGatewayPushToCloudWatchLogs")],
        });
        role.ApplyRemovalPolicy(RemovalPolicy.RETAIN);
        NagSuppressions.Add(role, "AwsSolutions-IAM4",
            "The managed policy API Gateway's documentation gives its account-wide CloudWatch role, which writes the logs of every API in the account.",
            "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs");
        var account = new CfnAccount(this, "ApiGatewayAccount", new CfnAccountProps { CloudWatchRoleArn = role.RoleArn });
        account.ApplyRemovalPolicy(RemovalPolicy.RETAIN);
        return account;
    }

    /// <summary>The name catalog bindings use for this API.</summary>
    public string Name { get; }

    public WebSocketApi Api { get; }

    public WebSocketStage Stage { get; }

    public LogGroup AccessLogs { get; }

    public void AddRoutes(string handlerId, IFunction function, IEnumerable<string> routeKeys)
    {
        foreach (var routeKey in routeKeys)
        {
            var route = Api.AddRoute(routeKey, new WebSocketRouteOptions
            {
                Integration = new WebSocketLambdaIntegration(ConstructIds.From(handlerId) + ConstructIds.From(routeKey) + "Integration", function),
            });
            if (routeKey == "$connect")
            {
                NagSuppressions.Add(route, "AwsSolutions-APIG4",
                    "Anyone may connect on purpose: a connection only receives what every page may show (score changes), or the solution was generated with --auth none.");
            }
            else
            {
                NagSuppressions.Add(route, "AwsSolutions-APIG4",
                    $"API Gateway authorizes a WebSocket client once, at $connect; {routeKey} runs on a connection that was already let in.");
            }
        }
    }
}
