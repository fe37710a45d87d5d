using Amazon.CDK.AWS.Lambda;
using Constructs;
using LiveScore.Lambda.Catalog;

namespace Arena.Infra.Hosting;

/// <summary>
/// Applies a catalog binding to a function: the environment variable that locates the resource, and the
/// narrowest grant that the declared access needs.
/// </summary>
public static class ResourceBinder
{
    public static void Bind(Function function, ResourceBinding binding, AppResources resources)
    {
        switch (binding.Kind, binding.Access)
        {
            case (ResourceKind.Table, Access.Read or Access.Write or Access.ReadWrite):
                var table = resources.Table(binding.Resource);
                function.AddEnvironment(binding.Variable, table.TableName);
                _ = binding.Access switch
                {
                    Access.Read => table.GrantReadData(function),
                    Access.Write => table.GrantWriteData(function),
                    _ => table.GrantReadWriteData(function),
                };
                // Only a table with indexes gets the index/* grant.
                NagSuppressions.Add(Policy(function), "AwsSolutions-IAM5",
                    "The grant covers the indexes of this one table (table/<name>/index/*), which its queries use.",
                    NagSuppressions.Matching(@"^Resource::<[A-Za-z0-9]+\.Arn>/index/\*$"));
                break;
            case (ResourceKind.Topic, Access.Publish):
                var topic = resources.Topic(binding.Resource);
                function.AddEnvironment(binding.Variable, topic.TopicArn);
                topic.GrantPublish(function);
                break;
            case (ResourceKind.WebSocketApi, Access.ManageConnections):
                var stage = resources.WebSocketApiNamed(binding.Resource).Stage;
                function.AddEnvironment(binding.Variable, stage.CallbackUrl);
                stage.GrantManagementApiAccess(function);
                NagSuppressions.Add(Policy(function), "AwsSolutions-IAM5",
                    "Posts to connections of this one API stage (.../<stage>/POST/@connections/*): connection ids exist only at run time.",
                    NagSuppressions.Matching("^Resource::arn:<AWS::Partition>:execute-api:<AWS::Region>:<AWS::AccountId>:<[A-Za-z0-9]+>/[^/*]+/\\*/@connections/\\*$"));
                break;
            case (ResourceKind.Queue, Access.Send):
                var queue = resources.Queue(binding.Resource);
                function.AddEnvironment(binding.Variable, queue.QueueUrl);
                queue.GrantSendMessages(function);
                break;
            case (ResourceKind.Bucket, Access.Write):
                var bucket = resources.Bucket(binding.Resource);
                function.AddEnvironment(binding.Variable, bucket.BucketName);
                // PutObject alone: CDK's GrantPut adds tagging, retention, legal hold and multipart actions it does not use.
                function.AddToRolePolicy(new Amazon.CDK.AWS.IAM.PolicyStatement(new Amazon.CDK.AWS.IAM.PolicyStatementProps
                {
                    Actions = ["s3:PutObject"],
                    Resources = [bucket.ArnForObjects("*")],
                }));
                NagSuppressions.Add(Policy(function), "AwsSolutions-IAM5",
                    "Writes objects of this one bucket under keys made at run time.",
                    NagSuppressions.Matching(@"^Resource::<[A-Za-z0-9]+\.Arn>/\*$"));
                break;
            case (ResourceKind.UserPool, Access.Read):
                // No grant: a pool's public keys are public.
                function.AddEnvironment(binding.Variable, (resources.UserPool ?? throw new InvalidOperationException("No user pool is deployed.")).Issuer);
                break;
            case (ResourceKind.UserPoolClient, Access.Read):
                function.AddEnvironment(binding.Variable, (resources.UserPool ?? throw new InvalidOperationException("No user pool is deployed.")).ClientId);
                break;
            default:
                throw new NotSupportedException($"{binding.Variable}: a {binding.Kind} binding cannot grant {binding.Access} access.");
        }
    }

    private static IConstruct Policy(Function function) => function.Role!.Node.FindChild("DefaultPolicy");
}
