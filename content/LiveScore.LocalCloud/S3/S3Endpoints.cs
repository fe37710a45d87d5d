using System.Xml.Linq;
using Microsoft.AspNetCore.Http.Features;

namespace LiveScore.LocalCloud.S3;

/// <summary>Serves an <see cref="S3Storage"/> over S3's REST API, path-style, as AWSSDK.S3 4, boto3 and the AWS CLI call it.</summary>
public static class S3Endpoints
{
    // S3's limit for one PUT; the web server's default would refuse ordinary uploads.
    private const long MaxUploadBytes = 5L * 1024 * 1024 * 1024;

    /// <summary>
    /// Any method on {path} and {path}/{bucket}/{key}: point a client at <c>ServiceURL = {base}{path}</c> with
    /// <c>ForcePathStyle = true</c>. Once each request is answered, <paramref name="observer"/> (if any) is told of it.
    /// </summary>
    public static IEndpointConventionBuilder MapS3(
        this IEndpointRouteBuilder endpoints, S3Storage storage, string path = "/_aws/s3", Action<S3ApiCall>? observer = null)
    {
        var group = endpoints.MapGroup(path);
        group.Map("{**rest}", context => HandleAsync(context, storage, path, observer));
        return group;
    }

    private static async Task HandleAsync(HttpContext context, S3Storage storage, string path, Action<S3ApiCall>? observer)
    {
        var time = storage.Clock.GetUtcNow();
        var (bucket, key) = Address(context, path);
        var http = context.Request;
        var request = new S3Request(context, S3Operation.Resolve(http.Method, bucket, key, http.Query, http.Headers), bucket, key);
        string? errorCode = null;
        context.Response.Headers["x-amz-request-id"] = context.TraceIdentifier;
        try
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxUploadBytes;
            if (key is not null) S3Names.KeySegments(key);
            var handler = S3Handlers.ByOperation.GetValueOrDefault(request.Operation) ?? throw S3Exception.NotImplemented(request.Operation);
            await handler(storage, request);
        }
        catch (S3Exception e) when (!context.Response.HasStarted)
        {
            errorCode = e.Code;
            await WriteErrorAsync(context, e, bucket, key);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is IOException or UnauthorizedAccessException)
        {
            // The disk refused (a file locked or unreadable): S3's answer for a failure on its side.
            errorCode = "InternalError";
            await WriteErrorAsync(context, new S3Exception(500, errorCode, e.Message), bucket, key);
        }
        finally
        {
            observer?.Invoke(new S3ApiCall(request.Operation, bucket, key, context.Response.StatusCode, errorCode,
                AccessKeyId(http), context.Connection.RemoteIpAddress?.ToString(), http.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null,
                time, Parameters(request)));
        }
    }

    /// <summary>The bucket and key, decoded from the raw request target: the path the web server routes on has dot
    /// segments already resolved, and a key must be judged as the client sent it.</summary>
    private static (string? Bucket, string? Key) Address(HttpContext context, string path)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToString();
        var rawPath = target.Split('?', 2)[0];
        var prefix = context.Request.PathBase + path;
        var rest = rawPath.StartsWith(prefix, StringComparison.Ordinal) ? rawPath[prefix.Length..] : rawPath;
        rest = rest.StartsWith('/') ? rest[1..] : rest;
        if (rest.Length == 0) return (null, null);
        var slash = rest.IndexOf('/');
        var bucket = Uri.UnescapeDataString(slash < 0 ? rest : rest[..slash]);
        var key = slash < 0 || slash == rest.Length - 1 ? null : Uri.UnescapeDataString(rest[(slash + 1)..]);
        return (bucket, key);
    }

    private static async Task WriteErrorAsync(HttpContext context, S3Exception error, string? bucket, string? key)
    {
        context.Response.Clear();
        context.Response.Headers["x-amz-request-id"] = context.TraceIdentifier;
        context.Response.StatusCode = error.Status;
        // Answers to HEAD have no body: clients read the error from the status alone.
        if (HttpMethods.IsHead(context.Request.Method)) return;
        // S3's error documents, unlike its results, have no namespace.
        await S3Xml.WriteAsync(context.Response, new XElement("Error",
            new XElement("Code", error.Code),
            new XElement("Message", error.Message),
            bucket is null ? null : new XElement("BucketName", bucket),
            key is null ? null : new XElement("Key", key),
            new XElement("Resource", context.Request.Path.ToString()),
            new XElement("RequestId", context.TraceIdentifier)), context.RequestAborted);
    }

    // From "AWS4-HMAC-SHA256 Credential=AKID/date/region/s3/aws4_request, ..." or a presigned URL's X-Amz-Credential.
    private static string? AccessKeyId(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        var at = authorization.IndexOf("Credential=", StringComparison.Ordinal);
        var credential = at >= 0 ? authorization[(at + "Credential=".Length)..] : request.Query["X-Amz-Credential"].ToString();
        var end = credential.IndexOfAny(['/', ',', ' ']);
        return credential.Length == 0 ? null : end < 0 ? credential : credential[..end];
    }

    private static Dictionary<string, string> Parameters(S3Request request)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.Bucket is not null) parameters["bucketName"] = request.Bucket;
        if (request.Key is not null) parameters["key"] = request.Key;
        parameters["Host"] = request.HttpRequest.Host.ToString();
        foreach (var (name, value) in request.HttpRequest.Query)
        {
            if (!name.StartsWith("X-Amz-", StringComparison.Ordinal)) parameters[name] = value.ToString();
        }
        foreach (var (name, value) in request.Parameters) parameters[name] = value;
        return parameters;
    }
}
