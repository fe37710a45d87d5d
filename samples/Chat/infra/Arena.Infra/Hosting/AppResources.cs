using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.S3;

namespace Arena.Infra.Hosting;

/// <summary>
/// Everything already deployed, by its catalog name, so that feature constructs resolve the resources their
/// functions bind to. An unknown name fails the synth instead of deploying a function with a broken binding.
/// </summary>
public sealed class AppResources(Code functionCode)
{
    private readonly Dictionary<string, Table> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Topic> _topics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Function> _functions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private HttpApiConstruct? _httpApi;
    private WebSocketApiConstruct? _webSocketApi;

    public Code FunctionCode { get; } = functionCode;

    /// <summary>The customers' user pool, for functions that check its tokens: its issuer URL and the pages' client id.</summary>
    public (string Issuer, string ClientId)? UserPool { get; set; }

    public void Add(string name, Table table) => _tables.Add(name, table);

    public void Add(string name, Topic topic) => _topics.Add(name, topic);

    public void Add(string handlerId, Function function) => _functions.Add(handlerId, function);

    public void Add(string name, Bucket bucket) => _buckets.Add(name, bucket);

    public Bucket Bucket(string name) => Find(_buckets, name, "bucket");

    public void Add(HttpApiConstruct httpApi) => _httpApi = _httpApi is null ? httpApi : throw new InvalidOperationException("The HTTP API is already deployed.");

    public void Add(WebSocketApiConstruct webSocketApi) => _webSocketApi = _webSocketApi is null ? webSocketApi : throw new InvalidOperationException("The WebSocket API is already deployed.");

    public Table Table(string name) => Find(_tables, name, "table");

    public Topic Topic(string name) => Find(_topics, name, "topic");

    public Function Function(string handlerId) => Find(_functions, handlerId, "function");

    public HttpApiConstruct HttpApi => _httpApi ?? throw new InvalidOperationException("No HTTP API is deployed.");

    /// <summary>The HTTP API's base URL; null when the application has no HTTP route.</summary>
    public string? HttpApiUrl => _httpApi?.Stage.Url;

    /// <summary>The WebSocket API's URL; null when the application has no WebSocket route.</summary>
    public string? WebSocketUrl => _webSocketApi?.Stage.Url;

    /// <summary>The application's one WebSocket API, which every catalog WebSocket route belongs to.</summary>
    public WebSocketApiConstruct WebSocketApi => _webSocketApi ?? throw new InvalidOperationException("No WebSocket API is deployed.");

    public WebSocketApiConstruct WebSocketApiNamed(string name) =>
        string.Equals(WebSocketApi.Name, name, StringComparison.Ordinal)
            ? WebSocketApi
            : throw new InvalidOperationException($"No WebSocket API named '{name}' is deployed.");

    private static T Find<T>(Dictionary<string, T> resources, string name, string kind) =>
        resources.TryGetValue(name, out var resource)
            ? resource
            : throw new InvalidOperationException($"No {kind} named '{name}' is deployed; declare it in a catalog before the functions that bind to it.");
}
