using Amazon.CDK.AWS.Lambda;
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
                break;
            case (ResourceKind.Queue, Access.Send):
                var queue = resources.Queue(binding.Resource);
                function.AddEnvironment(binding.Variable, queue.QueueUrl);
                queue.GrantSendMessages(function);
                break;
            case (ResourceKind.Bucket, Access.Read or Access.Write or Access.ReadWrite):
                var bucket = resources.Bucket(binding.Resource);
                function.AddEnvironment(binding.Variable, bucket.BucketName);
                _ = binding.Access switch
                {
                    Access.Read => bucket.GrantRead(function),
                    Access.Write => bucket.GrantPut(function),
                    _ => bucket.GrantReadWrite(function),
                };
                break;
            default:
                throw new NotSupportedException($"{binding.Variable}: a {binding.Kind} binding cannot grant {binding.Access} access.");
        }
    }
}
