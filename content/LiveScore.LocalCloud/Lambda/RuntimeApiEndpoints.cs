using System.Globalization;
using LiveScore.Lambda.Runtime;
using LiveScore.LocalCloud.Faults;

namespace LiveScore.LocalCloud.Lambda;

/// <summary>
/// The Lambda Runtime API (2018-06-01), one per function under <see cref="RuntimeApiSecret.Prefix"/>, on the
/// <see cref="RuntimeApiListener"/> only: an environment's AWS_LAMBDA_RUNTIME_API is that listener's host:port followed
/// by the prefix.
/// </summary>
public static class RuntimeApiEndpoints
{
    public static void MapRuntimeApi(this IEndpointRouteBuilder app, RuntimeApiSecret secret, RuntimeApiListener listener)
    {
        var api = app.MapGroup("/_runtime/{token}/{functionId}/" + RuntimeApiClient.ApiVersion + "/runtime");
        // The public port, a path with another function's token, or none at all, finds nothing here.
        api.AddEndpointFilter((context, next) =>
            listener.Received(context.HttpContext)
            && context.HttpContext.Request.RouteValues is { } route
            && route["functionId"] is string functionId && route["token"] is string token && secret.Admits(functionId, token)
                ? next(context)
                : ValueTask.FromResult<object?>(Results.NotFound()));

        api.MapGet("/invocation/next", async (string functionId, LambdaService lambda, HttpContext http) =>
        {
            if (lambda.Find(functionId) is not { } function)
            {
                return Results.NotFound();
            }
            var invocation = await function.NextAsync(http.RequestAborted);
            if (http.RequestServices.GetService<LocalFaults>()?.Take(Fault.FunctionTarget, functionId, Fault.Timeout) is not null)
            {
                function.TimeOut(invocation);
            }
            http.Response.Headers[RuntimeApiClient.RequestIdHeader] = invocation.RequestId;
            http.Response.Headers[RuntimeApiClient.DeadlineHeader] = invocation.Deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            http.Response.Headers[RuntimeApiClient.TraceIdHeader] = $"Root=1-{invocation.RequestId[..8]}-{invocation.RequestId.Replace("-", "", StringComparison.Ordinal)[..24]};Sampled=0";
            http.Response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = $"arn:aws:lambda:local:000000000000:function:{functionId}";
            return Results.Bytes(invocation.Payload, "application/json");
        });

        api.MapPost("/invocation/{requestId}/response", async (string functionId, string requestId, LambdaService lambda, HttpRequest request) =>
            await CrashAsync(request.HttpContext, functionId)
                ? Results.Accepted()
                : Complete(lambda, functionId, requestId, new InvocationOutcome(true, await ReadAsync(request), null)));

        api.MapPost("/invocation/{requestId}/error", async (string functionId, string requestId, LambdaService lambda, HttpRequest request) =>
            await CrashAsync(request.HttpContext, functionId)
                ? Results.Accepted()
                : Complete(lambda, functionId, requestId, new InvocationOutcome(false, await ReadAsync(request), ErrorType(request))));

        api.MapPost("/init/error", async (string functionId, LambdaService lambda, HttpRequest request) =>
        {
            if (lambda.Find(functionId) is not { } function)
            {
                return Results.NotFound();
            }
            function.FailInit(new InvocationOutcome(false, await ReadAsync(request), ErrorType(request)));
            return Results.Accepted();
        });
    }

    /// <summary>A <c>crash</c> fault: the process dies with its answer unsent; Lambda reports the invocation as a runtime exit.</summary>
    private static async Task<bool> CrashAsync(HttpContext http, string functionId)
    {
        if (http.RequestServices.GetService<LocalFaults>()?.Take(Fault.FunctionTarget, functionId, Fault.Crash) is null
            || http.RequestServices.GetService<FunctionProcesses>() is not { } processes)
        {
            return false;
        }
        await processes.KillAsync(functionId);
        return true;
    }

    private static IResult Complete(LambdaService lambda, string functionId, string requestId, InvocationOutcome outcome) =>
        lambda.Find(functionId)?.Complete(requestId, outcome) == true ? Results.Accepted() : Results.BadRequest();

    private static string ErrorType(HttpRequest request) =>
        request.Headers[RuntimeApiClient.ErrorTypeHeader].FirstOrDefault() ?? "Unhandled";

    private static async Task<byte[]> ReadAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
