namespace LiveScore.LocalCloud.Lambda;

/// <summary>The Lambda Invoke API, so <c>aws lambda invoke --endpoint-url</c> drives any function with any event.</summary>
public static class InvokeApiEndpoints
{
    public static void MapInvokeApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/2015-03-31/functions/{functionId}/invocations", async (string functionId, LambdaService lambda, HttpContext http) =>
        {
            if (lambda.Find(functionId) is null)
            {
                http.Response.Headers["x-amzn-ErrorType"] = "ResourceNotFoundException";
                return Results.Json(new LocalError("ResourceNotFoundException", $"Function not found: {functionId}"), LocalJsonContext.Default.LocalError, statusCode: 404);
            }
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, http.RequestAborted);
            var payload = body.Length == 0 ? "{}"u8.ToArray() : body.ToArray();
            var outcome = await lambda.InvokeAsync(functionId, payload, "invoke API", http.RequestAborted);
            if (!outcome.Succeeded)
            {
                // Like Lambda: the call itself succeeds; the header says the function failed.
                http.Response.Headers["X-Amz-Function-Error"] = "Unhandled";
            }
            http.Response.Headers["X-Amz-Executed-Version"] = "$LATEST";
            return Results.Bytes(outcome.Payload, "application/json");
        });
}
