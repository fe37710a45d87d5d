using System.Globalization;
using System.Text;
using System.Text.Unicode;
using System.Text.Json;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Lambda;
using Microsoft.AspNetCore.Http.Features;

namespace LiveScore.LocalCloud.HttpApi;

/// <summary>API Gateway HTTP API: the catalog's routes, payload format 2.0 events, responses mapped back.</summary>
public static class HttpApiEndpoints
{
    /// <param name="iam">Checks the signature of requests to routes with IAM authorization.</param>
    /// <param name="jwt">Checks the token of requests to routes with customer authorization.</param>
    public static void MapHttpApi(this IEndpointRouteBuilder app, IEnumerable<FunctionDefinition> functions, IamAuthorizer iam, JwtAuthorizer jwt)
    {
        foreach (var function in functions)
        {
            foreach (var route in function.HttpRoutes)
            {
                RequestDelegate invoke = http => InvokeAsync(
                    http, http.RequestServices.GetRequiredService<LambdaService>(), iam, jwt, http.RequestServices.GetRequiredService<TimeProvider>(), function.Id, route);
                // ANY matches every method, as in API Gateway; a route naming the method wins over it.
                _ = route.Method == "ANY"
                    ? app.Map(ToAspNetTemplate(route.Path), invoke).WithOrder(1)
                    : app.MapMethods(ToAspNetTemplate(route.Path), [route.Method], invoke);
            }
        }
    }

    private static async Task InvokeAsync(
        HttpContext http, LambdaService lambda, IamAuthorizer iam, JwtAuthorizer jwt, TimeProvider clock, string functionId, HttpRoute route)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = buffer.ToArray();
        if (route.Authorization == RouteAuthorization.Iam && iam.Refusal(http.Request, body) is { } refusal)
        {
            // What API Gateway answers when IAM authorization fails: 403, and the function never runs.
            http.Response.StatusCode = 403;
            await http.Response.WriteAsJsonAsync(new GatewayMessage(refusal), LocalJsonContext.Default.GatewayMessage);
            return;
        }
        JsonElement? authorizer = null;
        if (route.Authorization == RouteAuthorization.Customer)
        {
            var (claims, why) = jwt.Check(http.Request);
            if (claims is null)
            {
                // What API Gateway's JWT authorizer answers: 401, the reason in WWW-Authenticate, and the function never runs.
                http.Response.StatusCode = 401;
                http.Response.Headers.WWWAuthenticate = $"Bearer scope=\"\" error=\"invalid_token\" error_description=\"{why}\"";
                await http.Response.WriteAsJsonAsync(new GatewayMessage("Unauthorized"), LocalJsonContext.Default.GatewayMessage);
                return;
            }
            authorizer = JwtAuthorizer.Context(claims.Value);
        }
        var request = ToEvent(http, route, body, clock);
        request.RequestContext.Authorizer = authorizer;
        var payload = JsonSerializer.SerializeToUtf8Bytes(request, HostingJsonContext.Default.HttpApiRequest);
        var outcome = await lambda.InvokeAsync(functionId, payload, route.ToString(), http.RequestAborted);
        if (!outcome.Succeeded)
        {
            // What API Gateway answers when the integration fails.
            http.Response.StatusCode = 500;
            await http.Response.WriteAsJsonAsync(new GatewayMessage("Internal Server Error"), LocalJsonContext.Default.GatewayMessage);
            return;
        }
        await WriteResponseAsync(http, outcome.Payload);
    }

    private static HttpApiRequest ToEvent(HttpContext http, HttpRoute route, byte[] body, TimeProvider clock)
    {
        // Text that is not valid UTF-8 travels base64-encoded, byte for byte: the function decides, never a lossy decoder.
        var isText = body.Length == 0 || (IsTextual(http.Request.ContentType) && Utf8.IsValid(body));
        var headers = http.Request.Headers
            .Where(h => !h.Key.Equals("Cookie", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(',', h.Value.ToArray()), StringComparer.Ordinal);
        var query = http.Request.Query.ToDictionary(q => q.Key, q => string.Join(',', q.Value.ToArray()), StringComparer.Ordinal);
        var pathParameters = http.Request.RouteValues.ToDictionary(r => r.Key, r => Convert.ToString(r.Value, CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal);
        var cookies = http.Request.Headers.Cookie.SelectMany(c => (c ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        var now = clock.GetUtcNow();
        // rawPath keeps the percent-escapes as the client sent them, as API Gateway does.
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "/";
        var path = target.Split('?', 2)[0];
        return new HttpApiRequest
        {
            RouteKey = route.ToString(),
            RawPath = path,
            RawQueryString = http.Request.QueryString.HasValue ? http.Request.QueryString.Value![1..] : "",
            Cookies = cookies.Count == 0 ? null : cookies,
            Headers = headers,
            QueryStringParameters = query.Count == 0 ? null : query,
            PathParameters = pathParameters.Count == 0 ? null : pathParameters,
            Body = body.Length == 0 ? null : isText ? Encoding.UTF8.GetString(body) : Convert.ToBase64String(body),
            IsBase64Encoded = !isText,
            RequestContext = new HttpApiRequestContext
            {
                AccountId = "000000000000",
                ApiId = "local",
                DomainName = http.Request.Host.Value ?? "127.0.0.1",
                DomainPrefix = "local",
                RequestId = Guid.NewGuid().ToString(),
                RouteKey = route.ToString(),
                Stage = "$default",
                Time = now.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture),
                TimeEpoch = now.ToUnixTimeMilliseconds(),
                Http = new HttpApiHttpDetails
                {
                    Method = http.Request.Method,
                    Path = path,
                    Protocol = http.Request.Protocol,
                    SourceIp = http.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1",
                    UserAgent = http.Request.Headers.UserAgent.ToString(),
                },
            },
        };
    }

    private static async Task WriteResponseAsync(HttpContext http, byte[] payload)
    {
        HttpApiResponse? response;
        try
        {
            response = JsonSerializer.Deserialize(payload, HostingJsonContext.Default.HttpApiResponse);
        }
        catch (JsonException)
        {
            response = null;
        }
        if (response is null || response.StatusCode == 0)
        {
            // Payload 2.0: a result without statusCode is itself the JSON body of a 200.
            http.Response.StatusCode = 200;
            http.Response.ContentType = "application/json";
            await http.Response.Body.WriteAsync(payload, http.RequestAborted);
            return;
        }
        http.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            http.Response.Headers[name] = value;
        }
        foreach (var cookie in response.Cookies ?? [])
        {
            http.Response.Headers.Append("Set-Cookie", cookie);
        }
        await http.Response.Body.WriteAsync(response.BodyBytes(), http.RequestAborted);
    }

    private static bool IsTextual(string? contentType) =>
        contentType is null
        || contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("xml", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary>API Gateway's greedy <c>{name+}</c> is ASP.NET Core's catch-all <c>{*name}</c>.</summary>
    private static string ToAspNetTemplate(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\{(\w+)\+\}", "{*$1}");
}

public sealed record GatewayMessage(string Message);
