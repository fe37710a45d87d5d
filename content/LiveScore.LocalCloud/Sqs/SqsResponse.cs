namespace LiveScore.LocalCloud.Sqs;

/// <summary>What to send back for one request: the HTTP status, an application/x-amz-json-1.0 body and, for errors,
/// the x-amzn-query-error header value (such as <c>AWS.SimpleQueueService.NonExistentQueue;Sender</c>).</summary>
public sealed record SqsResponse(int StatusCode, byte[] Body, string? QueryError = null);
