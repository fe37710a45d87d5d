namespace LiveScore.Lambda.Catalog;

/// <summary>
/// One function as deployed: its handler id (the Lambda handler setting, read back from _HANDLER),
/// what triggers it and which resources it may touch. The CDK app and the local cloud both build
/// from these definitions, so the two cannot drift apart.
/// </summary>
/// <param name="Id">The handler id: the function's Lambda handler setting, unique in the application.</param>
/// <param name="Description">What the function does; the deployed function's description.</param>
/// <param name="Create">Creates the function's handler, once per execution environment, during init.</param>
public sealed record FunctionDefinition(
    string Id,
    string Description,
    Func<IFunctionHandler> Create)
{
    /// <summary>
    /// The deployed function's name, such as a workshop's <c>FetchGameDetailsFunction</c>; null lets the deployment
    /// generate a unique one. The local Invoke API answers to it as well as to the handler id.
    /// </summary>
    public string? Name { get; init; }
    /// <summary>The HTTP API routes that invoke the function.</summary>
    public IReadOnlyList<HttpRoute> HttpRoutes { get; init; } = [];
    /// <summary>The WebSocket API route keys that invoke the function, such as <c>$connect</c>.</summary>
    public IReadOnlyList<string> WebSocketRoutes { get; init; } = [];
    /// <summary>
    /// Whether the function is the WebSocket API's Lambda REQUEST authorizer: API Gateway invokes it with every
    /// <c>$connect</c> and opens the connection only when it answers with an Allow policy; the context it returns
    /// reaches every event of the connection as <c>requestContext.authorizer</c>.
    /// </summary>
    public bool AuthorizesWebSocketConnect { get; init; }
    /// <summary>The DynamoDB stream that invokes the function; null for none.</summary>
    public StreamSource? Stream { get; init; }
    /// <summary>The SQS queue whose messages invoke the function; null for none.</summary>
    public QueueSource? Queue { get; init; }
    /// <summary>
    /// The S3 calls whose CloudTrail events invoke the function through an EventBridge rule (asynchronously, retried
    /// twice on failure); null for none.
    /// </summary>
    public BucketCallRule? BucketCalls { get; init; }
    /// <summary>The resources the function uses, each located through an environment variable.</summary>
    public IReadOnlyList<ResourceBinding> Bindings { get; init; } = [];
    /// <summary>The function's memory in MB; Lambda allocates CPU in proportion to it.</summary>
    public int MemoryMb { get; init; } = 256;
    /// <summary>How long one invocation may run, in seconds.</summary>
    public int TimeoutSeconds { get; init; } = 10;
}

/// <summary>An HTTP API route such as <c>POST /players</c>; path parameters in braces.</summary>
/// <param name="Method">The HTTP method, such as <c>POST</c>, or <c>ANY</c> for every method no other route of the path names.</param>
/// <param name="Path">The path, such as <c>/players/{id}</c>.</param>
public sealed record HttpRoute(string Method, string Path)
{
    /// <summary>Who may call the route; <see cref="RouteAuthorization.None"/> leaves it open to anyone who knows the URL.</summary>
    public RouteAuthorization Authorization { get; init; } = RouteAuthorization.None;

    /// <summary>The route's own request limit, below the stage's; null leaves the route to the stage's limit alone.</summary>
    public RouteThrottle? Throttle { get; init; }

    /// <summary>The route key as API Gateway writes it, e.g. <c>POST /players</c>.</summary>
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>
/// API Gateway's throttle of one route (the stage's route settings): requests per second on average, and how many may
/// come at once above that; callers beyond it get 429 Too Many Requests without the function running. Deployed only:
/// the local cloud does not throttle.
/// </summary>
/// <param name="RatePerSecond">The steady-state rate, requests per second.</param>
/// <param name="Burst">The burst, in requests.</param>
public sealed record RouteThrottle(double RatePerSecond, int Burst);

/// <summary>How an HTTP API route authorizes its callers, the same way deployed and locally.</summary>
public enum RouteAuthorization
{
    /// <summary>Open: API Gateway passes every request to the function. Deployed, cdk-nag reports the route as unauthorized.</summary>
    None,

    /// <summary>
    /// Open on purpose: a read everyone may make, such as the scoreboard, or a route a solution chose to leave open (the
    /// workshops' setup). It behaves as <see cref="None"/>; the difference is the stated intent, which the deployed route
    /// carries as its answer to cdk-nag's authorization rule.
    /// </summary>
    Public,

    /// <summary>
    /// AWS IAM: the request must be signed with SigV4 (service <c>execute-api</c>) by credentials allowed to invoke the
    /// route; API Gateway answers 403 to anything else without invoking the function.
    /// </summary>
    Iam,

    /// <summary>
    /// A signed-in customer: the request carries <c>Authorization: Bearer &lt;token&gt;</c>, a JWT issued to the
    /// application's user pool client (Amazon Cognito deployed, the local cloud's user pool locally), unexpired and
    /// correctly signed; API Gateway answers 401 to anything else without invoking the function. The function reads who
    /// called from <see cref="Http.HttpRequestData.UserId"/>.
    /// </summary>
    Customer,
}

/// <summary>A DynamoDB stream event source mapping with its failure handling.</summary>
/// <param name="Table">The catalog name of the table whose stream is read; that table needs <see cref="TableDefinition.Stream"/>.</param>
/// <param name="BatchSize">The most records per invocation.</param>
/// <param name="MaxRetries">How often a failing batch is retried before its records are given up.</param>
/// <param name="BisectOnError">Whether a failing batch is split in two and the halves retried, to isolate the failing record.</param>
/// <param name="MaxBatchingWindowSeconds">How long Lambda may gather records before invoking, in seconds.</param>
public sealed record StreamSource(string Table, int BatchSize = 25, int MaxRetries = 3, bool BisectOnError = true, int MaxBatchingWindowSeconds = 1);

/// <summary>An SQS event source mapping: batches of messages, partial batch responses.</summary>
/// <param name="Queue">The catalog name of the queue (a <see cref="QueueDefinition"/>).</param>
/// <param name="BatchSize">The most messages per invocation, 1 to 10.</param>
/// <param name="MaxBatchingWindowSeconds">How long Lambda may gather messages before invoking, in seconds.</param>
public sealed record QueueSource(string Queue, int BatchSize = 10, int MaxBatchingWindowSeconds = 0);

/// <summary>The kind of resource a binding names, which decides what its environment variable holds.</summary>
public enum ResourceKind
{
    /// <summary>A DynamoDB table; the variable holds the table's name.</summary>
    Table,

    /// <summary>An SNS topic; the variable holds the topic's ARN.</summary>
    Topic,

    /// <summary>A WebSocket API; the variable holds the management endpoint of its stage.</summary>
    WebSocketApi,

    /// <summary>An SQS queue; the variable holds the queue's URL.</summary>
    Queue,

    /// <summary>An S3 bucket; the variable holds the bucket's name.</summary>
    Bucket,

    /// <summary>The customers' user pool; the variable holds its issuer URL (the <c>iss</c> of its tokens, the base of its JWKS).</summary>
    UserPool,

    /// <summary>The pages' client of the customers' user pool; the variable holds the client id its tokens are issued to.</summary>
    UserPoolClient,
}

/// <summary>What a binding may do; Write (put, update, delete) without Read cannot list or read back items.</summary>
public enum Access
{
    /// <summary>Get, query and scan items of a table; get and list objects of a bucket; for a user pool, its public keys (no grant).</summary>
    Read,

    /// <summary>Put, update and delete items of a table; put objects into a bucket.</summary>
    Write,

    /// <summary>Both <see cref="Read"/> and <see cref="Write"/>.</summary>
    ReadWrite,

    /// <summary>Publish to an SNS topic.</summary>
    Publish,

    /// <summary>Post to and delete connections of a WebSocket API through <c>@connections</c>.</summary>
    ManageConnections,

    /// <summary>Send messages to an SQS queue.</summary>
    Send,
}

/// <summary>An environment variable that carries a resource's name/ARN/endpoint, and the access granted on it.</summary>
/// <param name="Variable">The environment variable the function reads, such as <c>PLAYERS_TABLE</c>.</param>
/// <param name="Kind">What kind of resource it is.</param>
/// <param name="Resource">The resource's name in the catalog, such as a <see cref="TableDefinition.Name"/>.</param>
/// <param name="Access">What the function may do with it; the deployment grants exactly that.</param>
public sealed record ResourceBinding(string Variable, ResourceKind Kind, string Resource, Access Access);
