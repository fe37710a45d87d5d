using System.Globalization;
using System.Text.Unicode;
using LiveScore.LocalCloud.Faults;
using Microsoft.AspNetCore.Http.Features;

namespace LiveScore.LocalCloud.WebSockets;

/// <summary>
/// The WebSocket API at <c>/ws</c>, its management API at <c>/@connections/{id}</c> (where WEBSOCKET_ENDPOINT
/// points locally) and <c>/_local/connections</c> for looking at the open connections.
/// </summary>
public static class WebSocketApiEndpoints
{
    public const string Path = "/ws";
    public const string ConnectionsPath = "/@connections";

    /// <param name="connectionsLatency">Added to every <c>@connections</c> call, to model API Gateway's round trip from a
    /// function in AWS (benchmarks of fan-out); zero by default.</param>
    public static void MapWebSocketApi(this WebApplication app, WebSocketGateway gateway, TimeSpan connectionsLatency = default)
    {
        app.UseWebSockets();
        app.Lifetime.ApplicationStopping.Register(gateway.Stop);

        app.Map(Path, gateway.ServeAsync);

        var connections = app.MapGroup(ConnectionsPath);
        if (connectionsLatency > TimeSpan.Zero)
        {
            connections.AddEndpointFilter(async (context, next) =>
            {
                await Task.Delay(connectionsLatency, context.HttpContext.RequestAborted);
                return await next(context);
            });
        }
        connections.MapPost("/{connectionId}", async (HttpContext http) =>
        {
            var id = ConnectionIdOf(http);
            var data = await ReadMessageAsync(http.Request);
            if (data is null)
            {
                return Error(http, 413, "PayloadTooLargeException", $"The message must not exceed {LocalConnection.MaxMessageBytes} bytes.");
            }
            if (!Utf8.IsValid(data))
            {
                return Error(http, 400, "BadRequestException", "The local WebSocket API sends text messages only: the data must be UTF-8.");
            }
            var fault = http.RequestServices.GetService<LocalFaults>()?.Take(Fault.Connections);
            switch (fault?.Kind)
            {
                case Fault.Gone:
                    return Gone(http, id);
                case Fault.Error:
                    return Error(http, 500, "InternalServerErrorException", "The local cloud failed this post on purpose (fault 'error'); nothing was sent.");
                case Fault.Slow:
                    await Task.Delay(TimeSpan.FromSeconds(fault.Seconds), http.RequestAborted);
                    break;
            }
            return await gateway.PostAsync(id, data, http.RequestAborted) ? Results.Ok() : Gone(http, id);
        });
        connections.MapGet("/{connectionId}", (HttpContext http) =>
        {
            var id = ConnectionIdOf(http);
            return gateway.Find(id) is { } connection
                ? Results.Json(Describe(connection), WebSocketJsonContext.Web.ConnectionDescription)
                : Gone(http, id);
        });
        connections.MapDelete("/{connectionId}", async (HttpContext http) =>
        {
            var id = ConnectionIdOf(http);
            return await gateway.DeleteAsync(id) ? Results.NoContent() : Gone(http, id);
        });

        app.MapGet("/_local/connections", () => Results.Json(
            gateway.OpenConnections.Select(Summarize).ToList(),
            WebSocketJsonContext.Web.IReadOnlyListConnectionSummary));
    }

    /// <summary>
    /// The id exactly as the caller escaped it. Route values cannot be trusted with it: the server leaves an
    /// escaped '/' (%2F) escaped in the path while unescaping everything else.
    /// </summary>
    private static string ConnectionIdOf(HttpContext http)
    {
        var target = http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var path = target.Split('?', 2)[0];
        return Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
    }

    /// <summary>The body, or null when it is over API Gateway's message limit.</summary>
    private static async Task<byte[]?> ReadMessageAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > LocalConnection.MaxMessageBytes)
            {
                return null;
            }
        }
        return buffer.ToArray();
    }

    private static ConnectionDescription Describe(LocalConnection connection) => new(
        Timestamp(connection.Handshake.ConnectedAt),
        new ConnectionIdentity(connection.Handshake.SourceIp, connection.Handshake.UserAgent),
        Timestamp(connection.LastActiveAt));

    private static ConnectionSummary Summarize(LocalConnection connection) => new(
        connection.Id,
        Timestamp(connection.Handshake.ConnectedAt),
        Timestamp(connection.LastActiveAt),
        connection.MessagesSent,
        connection.MessagesReceived,
        connection.Handshake.SourceIp);

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static IResult Gone(HttpContext http, string connectionId) =>
        Error(http, 410, "GoneException", $"No open connection has the id '{connectionId}'.");

    /// <summary>AWS SDKs read the exception name from the x-amzn-ErrorType header.</summary>
    private static IResult Error(HttpContext http, int status, string type, string message)
    {
        http.Response.Headers["x-amzn-ErrorType"] = type;
        return Results.Json(new ManagementError(type, message), WebSocketJsonContext.Web.ManagementError, statusCode: status);
    }
}
