using System.Net;

namespace LiveScore.Lambda.Aws;

/// <summary>An AWS service refused a request; the message names the operation, status and service error code.</summary>
public sealed class AwsServiceException(string operation, HttpStatusCode status, string? errorCode, string detail)
    : Exception($"{operation} failed: HTTP {(int)status}{(errorCode is null ? "" : " " + errorCode)}: {detail}")
{
    /// <summary>The HTTP status the service answered with.</summary>
    public HttpStatusCode StatusCode { get; } = status;

    /// <summary>The service's error code, such as <c>NotFound</c> or <c>Throttling</c>; null when the response named none.</summary>
    public string? ErrorCode { get; } = errorCode;
}
