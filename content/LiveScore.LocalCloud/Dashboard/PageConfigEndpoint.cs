using LiveScore.Lambda.Catalog;

namespace LiveScore.LocalCloud.Dashboard;

/// <summary>The pages' <c>config.json</c>, answered with this local cloud's own URLs.</summary>
public static class PageConfigEndpoint
{
    public const string Path = "/app/config.json";

    /// <summary>
    /// Built from the address the browser used, not the one the server bound: a page opened as localhost must
    /// call localhost, or every request would be cross-origin.
    /// </summary>
    /// <param name="functions">The application's functions: <c>signedWrites</c> says whether any of their routes has IAM
    /// authorization, as the deployed config.json does; <c>userPool</c> is there when some route needs a signed-in customer or a <c>$connect</c> authorizer checks their tokens.</param>
    public static void MapPageConfig(this IEndpointRouteBuilder app, IEnumerable<FunctionDefinition> functions)
    {
        var routes = functions.SelectMany(f => f.HttpRoutes).ToList();
        var signedWrites = routes.Any(r => r.Authorization == RouteAuthorization.Iam);
        var customers = routes.Any(r => r.Authorization == RouteAuthorization.Customer) || functions.Any(f => f.AuthorizesWebSocketConnect);
        app.MapGet(Path, (HttpRequest request, HttpResponse response) =>
        {
            var authority = request.Host.Value ?? "127.0.0.1";
            var (region, accessKeyId, secretAccessKey) = LocalEnvironment.Identity(Environment.GetEnvironmentVariable);
            response.Headers.CacheControl = "no-store";
            return Results.Json(
                new PageConfig(
                    $"{request.Scheme}://{authority}",
                    $"{(request.IsHttps ? "wss" : "ws")}://{authority}{WebSockets.WebSocketApiEndpoints.Path}",
                    signedWrites,
                    new PageCredentials(region, accessKeyId, secretAccessKey),
                    customers ? new PageUserPool($"{request.Scheme}://{authority}{Cognito.CognitoEndpoints.Path}", LocalEnvironment.UserPoolClientId) : null),
                PageConfigJsonContext.Default.PageConfig);
        });
    }
}
