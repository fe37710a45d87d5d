namespace LiveScore.LocalCloud.S3;

/// <summary>A request addressed path-style: <c>{path}/{bucket}/{key}</c>, with the key exactly as the client encoded it.</summary>
internal sealed class S3Request(HttpContext http, string operation, string? bucket, string? key)
{
    public HttpContext Http { get; } = http;
    public string Operation { get; } = operation;
    public string? Bucket { get; } = bucket;
    public string? Key { get; } = key;

    /// <summary>What an audit trail records of the request; handlers add the configuration documents they receive.</summary>
    public Dictionary<string, string> Parameters { get; } = new(StringComparer.Ordinal);

    public string RequiredBucket => Bucket ?? throw S3Exception.InvalidRequest("The request needs a bucket.");
    public string RequiredKey => Key ?? throw S3Exception.InvalidRequest("The request needs a key.");
    public HttpRequest HttpRequest => Http.Request;
    public HttpResponse Response => Http.Response;
    public string? Query(string name) => Http.Request.Query.TryGetValue(name, out var value) ? value.ToString() : null;
}
