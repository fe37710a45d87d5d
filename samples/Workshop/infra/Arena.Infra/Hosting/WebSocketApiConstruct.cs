using Amazon.CDK;
using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AwsApigatewayv2Integrations;
using Constructs;

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

        _ = new CfnOutput(Stack.Of(this), "WebSocketUrl", new CfnOutputProps
        {
            Description = "URL browsers connect to (wss://)",
            Value = Stage.Url,
        });
    }

    /// <summary>The name catalog bindings use for this API.</summary>
    public string Name { get; }

    public WebSocketApi Api { get; }

    public WebSocketStage Stage { get; }

    public void AddRoutes(string handlerId, IFunction function, IEnumerable<string> routeKeys)
    {
        foreach (var routeKey in routeKeys)
        {
            Api.AddRoute(routeKey, new WebSocketRouteOptions
            {
                Integration = new WebSocketLambdaIntegration(ConstructIds.From(handlerId) + ConstructIds.From(routeKey) + "Integration", function),
            });
        }
    }
}
