namespace LiveScore.LocalCloud.DynamoDb;

/// <summary>Serves a <see cref="DynamoDbEngine"/> over HTTP the way AWS SDKs and the AWS CLI call DynamoDB.</summary>
public static class DynamoDbEndpoints
{
    /// <summary>POST {path}: dispatches by X-Amz-Target to DynamoDB_20120810.* and DynamoDBStreams_20120810.*.</summary>
    public static IEndpointConventionBuilder MapDynamoDb(this IEndpointRouteBuilder endpoints, DynamoDbEngine engine, string path = "/_aws/dynamodb") =>
        endpoints.MapPost(path, async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var response = await engine.HandleAsync(
                context.Request.Headers["X-Amz-Target"].FirstOrDefault(), buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
            context.Response.StatusCode = response.StatusCode;
            context.Response.ContentType = "application/x-amz-json-1.0";
            context.Response.ContentLength = response.Body.Length;
            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
        });
}
