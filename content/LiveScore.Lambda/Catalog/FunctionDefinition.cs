namespace LiveScore.Lambda.Catalog;

/// <summary>
/// One function as deployed: its handler id (the Lambda handler setting, read back from _HANDLER),
/// what triggers it and which resources it may touch. The CDK app and the local cloud both build
/// from these definitions, so the two cannot drift apart.
/// </summary>
public sealed record FunctionDefinition(
    string Id,
    string Description,
    Func<IFunctionHandler> Create)
{
    public IReadOnlyList<HttpRoute> HttpRoutes { get; init; } = [];
    public IReadOnlyList<string> WebSocketRoutes { get; init; } = [];
    public StreamSource? Stream { get; init; }
    public IReadOnlyList<ResourceBinding> Bindings { get; init; } = [];
    public int MemoryMb { get; init; } = 256;
    public int TimeoutSeconds { get; init; } = 10;
}

/// <summary>An HTTP API route such as <c>POST /players</c>; path parameters in braces.</summary>
public sealed record HttpRoute(string Method, string Path)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>A DynamoDB stream event source mapping with its failure handling.</summary>
public sealed record StreamSource(string Table, int BatchSize = 25, int MaxRetries = 3, bool BisectOnError = true, int MaxBatchingWindowSeconds = 1);

public enum ResourceKind { Table, Topic, WebSocketApi }

/// <summary>What a binding may do; Write (put, update, delete) without Read cannot list or read back items.</summary>
public enum Access { Read, Write, ReadWrite, Publish, ManageConnections }

/// <summary>An environment variable that carries a resource's name/ARN/endpoint, and the access granted on it.</summary>
public sealed record ResourceBinding(string Variable, ResourceKind Kind, string Resource, Access Access);
