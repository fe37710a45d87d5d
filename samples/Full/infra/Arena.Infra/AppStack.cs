using System.Reflection;
using Amazon.CDK;
using Constructs;
using Arena.Functions;
using LiveScore.Lambda.Catalog;
using Arena.Infra.Connections;
using Arena.Infra.Hosting;
using Arena.Infra.Orders;
using Arena.Infra.Score;
using Arena.Infra.Chat;
using Arena.Infra.DataLake;
using Arena.Infra.Audit;

namespace Arena.Infra;

/// <summary>
/// The whole application in one environment-agnostic stack (synth needs no AWS account), built from the same
/// catalogs the functions executable and the local cloud read.
/// </summary>
public sealed class AppStack : Stack
{
    private const string InfraSuffix = ".Infra";

    public AppStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        // S3 server access logs are delivered under a bucket policy rather than the deprecated LogDeliveryWrite ACL
        // (set before any resource is added, as CDK requires of context).
        Node.SetContext("@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true);
        Resources = new AppResources(FunctionAsset.FromContext(this));

        foreach (var table in SharedTables.All)
        {
            TableBuilder.Build(this, table, Resources);
        }
        BucketBuilder.Build(this, AppCatalog.Site, Resources);

        var httpRoutes = AppCatalog.Functions.SelectMany(f => f.HttpRoutes).ToList();
        var customers = new CustomerSignIn(this, "Customers");
        Resources.UserPool = (customers.Pool.UserPoolProviderUrl, customers.Client.UserPoolClientId);
        if (httpRoutes.Count > 0)
        {
            Resources.Add(new HttpApiConstruct(this, "Http", httpRoutes, customers.Authorizer));
        }

        _ = new ConnectionsConstruct(this, "Connections", Resources);
        _ = new ScoreConstruct(this, "Score", Resources);
        _ = new OrdersConstruct(this, "Orders", Resources);
        _ = new ChatConstruct(this, "Chat", Resources);
        _ = new DataLakeConstruct(this, "DataLake", Resources);
        // Last: the audit rule and trail watch every bucket the features above created.
        _ = new AuditConstruct(this, "Audit", Resources);

        // Last: the pages' config.json holds the URLs of the APIs built above.
        Site = new WebSite(this, "Web", Resources.Bucket(AppCatalog.Site.Name), Resources.HttpApiUrl, Resources.WebSocketUrl,
            signedWrites: httpRoutes.Any(r => r.Authorization == RouteAuthorization.Iam), customers.ForPages);
    }

    /// <summary>The stack name: the project name made valid for CloudFormation.</summary>
    public static string DefaultName { get; } = StackNaming.FromProjectName(ProjectName(typeof(AppStack).Assembly));

    public AppResources Resources { get; }

    public WebSite Site { get; }

    private static string ProjectName(Assembly assembly)
    {
        var name = assembly.GetName().Name ?? throw new InvalidOperationException("The infrastructure assembly has no name.");
        return name.EndsWith(InfraSuffix, StringComparison.Ordinal) ? name[..^InfraSuffix.Length] : name;
    }
}
