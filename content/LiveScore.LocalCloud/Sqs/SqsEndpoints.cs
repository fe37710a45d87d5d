namespace LiveScore.LocalCloud.Sqs;

/// <summary>Serves an <see cref="SqsEngine"/> the way AWSSDK.SQS 4, boto3 and the AWS CLI call SQS: AWS JSON 1.0.</summary>
public static class SqsEndpoints
{
    /// <summary>
    /// POST {path}: dispatches by X-Amz-Target (AmazonSQS.*). Queue URLs are {scheme}://{host}{path}/{account}/{name};
    /// clients post to {path} and name the queue by URL in the body.
    /// </summary>
    public static IEndpointConventionBuilder MapSqs(this IEndpointRouteBuilder endpoints, SqsEngine engine, string path = "/_aws/sqs") =>
        endpoints.MapPost(path, async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var request = context.Request;
            var endpoint = $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
            var response = await engine.HandleAsync(
                request.Headers["X-Amz-Target"].FirstOrDefault(), buffer.GetBuffer().AsMemory(0, (int)buffer.Length), endpoint, context.RequestAborted);
            context.Response.StatusCode = response.StatusCode;
            context.Response.ContentType = "application/x-amz-json-1.0";
            if (response.QueryError is not null) context.Response.Headers["x-amzn-query-error"] = response.QueryError;
            context.Response.ContentLength = response.Body.Length;
            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
        });
}
