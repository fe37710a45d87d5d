using LiveScore.LocalCloud.Faults;

namespace LiveScore.LocalCloud.DynamoDb;

/// <summary>Serves a <see cref="DynamoDbEngine"/> over HTTP the way AWS SDKs and the AWS CLI call DynamoDB.</summary>
public static class DynamoDbEndpoints
{
    private const string TablePrefix = "DynamoDB_20120810.";

    /// <summary>POST {path}: dispatches by X-Amz-Target to DynamoDB_20120810.* and DynamoDBStreams_20120810.*.</summary>
    public static IEndpointConventionBuilder MapDynamoDb(this IEndpointRouteBuilder endpoints, DynamoDbEngine engine, string path = "/_aws/dynamodb") =>
        endpoints.MapPost(path, async (HttpContext context) =>
        {
            var target = context.Request.Headers["X-Amz-Target"].FirstOrDefault();
            // Table calls only: the stream mappings read on, as Lambda's pollers are not the caller's DynamoDB.
            if (target?.StartsWith(TablePrefix, StringComparison.Ordinal) == true
                && context.RequestServices.GetService<LocalFaults>()?.Take(Fault.DynamoDb) is not null)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.ContentType = "application/x-amz-json-1.0";
                await context.Response.WriteAsync(
                    """{"__type":"com.amazonaws.dynamodb.v20120810#ServiceUnavailable","message":"The local cloud made DynamoDB unavailable on purpose (fault 'unavailable')."}""",
                    context.RequestAborted);
                return;
            }
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var response = await engine.HandleAsync(
                target, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
            context.Response.StatusCode = response.StatusCode;
            context.Response.ContentType = "application/x-amz-json-1.0";
            context.Response.ContentLength = response.Body.Length;
            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
        });
}
