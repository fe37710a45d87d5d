using System.Net;

namespace LiveScore.Lambda.Aws;

/// <summary>An AWS service refused a request; the message names the operation, status and service error code.</summary>
public sealed class AwsServiceException(string operation, HttpStatusCode status, string? errorCode, string detail)
    : Exception($"{operation} failed: HTTP {(int)status}{(errorCode is null ? "" : " " + errorCode)}: {detail}")
{
    public HttpStatusCode StatusCode { get; } = status;

    public string? ErrorCode { get; } = errorCode;
}
