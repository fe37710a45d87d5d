using System.Reflection;
using Amazon.CDK;
using Constructs;
using LiveScore._1.Functions;
using LiveScore.Lambda.Catalog;
#if (connections)
using LiveScore._1.Infra.Connections;
#endif
using LiveScore._1.Infra.Hosting;
#if (order)
using LiveScore._1.Infra.Orders;
#endif
#if (score)
using LiveScore._1.Infra.Score;
#endif
#if (chat)
using LiveScore._1.Infra.Chat;
#endif
#if (datalake)
using LiveScore._1.Infra.DataLake;
#endif
#if (audit)
using LiveScore._1.Infra.Audit;
#endif

namespace LiveScore._1.Infra;

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
#if (customers)
        var customers = new CustomerSignIn(this, "Customers");
#endif
#if (chatSignIn)
        Resources.UserPool = (customers.Pool.UserPoolProviderUrl, customers.Client.UserPoolClientId);
#endif
        if (httpRoutes.Count > 0)
        {
#if (customers)
            Resources.Add(new HttpApiConstruct(this, "Http", httpRoutes, customers.Authorizer));
#else
            Resources.Add(new HttpApiConstruct(this, "Http", httpRoutes));
#endif
        }

#if (connections)
        _ = new ConnectionsConstruct(this, "Connections", Resources);
#endif
#if (score)
        _ = new ScoreConstruct(this, "Score", Resources);
#endif
#if (order)
        _ = new OrdersConstruct(this, "Orders", Resources);
#endif
#if (chat)
        _ = new ChatConstruct(this, "Chat", Resources);
#endif
#if (datalake)
        _ = new DataLakeConstruct(this, "DataLake", Resources);
#endif
#if (audit)
        // Last: the audit rule and trail watch every bucket the features above created.
        _ = new AuditConstruct(this, "Audit", Resources);
#endif

        // Last: the pages' config.json holds the URLs of the APIs built above.
        Site = new WebSite(this, "Web", Resources.Bucket(AppCatalog.Site.Name), Resources.HttpApiUrl, Resources.WebSocketUrl,
#if (customers)
            signedWrites: httpRoutes.Any(r => r.Authorization == RouteAuthorization.Iam), customers.ForPages);
#else
            signedWrites: httpRoutes.Any(r => r.Authorization == RouteAuthorization.Iam));
#endif
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
