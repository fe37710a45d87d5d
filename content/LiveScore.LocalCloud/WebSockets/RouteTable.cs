using System.Text.Json;
using LiveScore.Lambda.Catalog;

namespace LiveScore.LocalCloud.WebSockets;

/// <summary>
/// Which function serves which WebSocket route, and the API's route selection expression
/// <c>$request.body.action</c>: a JSON message with a string <c>action</c> naming a route goes there,
/// everything else to <c>$default</c>.
/// </summary>
public sealed class RouteTable
{
    public const string Connect = "$connect";
    public const string Disconnect = "$disconnect";
    public const string Default = "$default";

    private readonly Dictionary<string, string> _functionByRoute = new(StringComparer.Ordinal);

    public RouteTable(IEnumerable<FunctionDefinition> functions)
    {
        foreach (var function in functions)
        {
            foreach (var route in function.WebSocketRoutes)
            {
                if (!_functionByRoute.TryAdd(route, function.Id))
                {
                    throw new InvalidOperationException(
                        $"The WebSocket route '{route}' belongs to both '{_functionByRoute[route]}' and '{function.Id}'; a route has one integration.");
                }
            }
        }
    }

    /// <summary>The function of a route, or null when the route has none.</summary>
    public string? FunctionFor(string routeKey) => _functionByRoute.GetValueOrDefault(routeKey);

    /// <summary>The route a client message takes, or null when neither its action nor <c>$default</c> has a route.</summary>
    public string? Select(string message)
    {
        var action = ActionOf(message);
        if (action is not null && action is not (Connect or Disconnect) && _functionByRoute.ContainsKey(action))
        {
            return action;
        }
        return _functionByRoute.ContainsKey(Default) ? Default : null;
    }

    private static string? ActionOf(string message)
    {
        try
        {
            using var document = JsonDocument.Parse(message);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("action", out var action)
                && action.ValueKind == JsonValueKind.String
                    ? action.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
