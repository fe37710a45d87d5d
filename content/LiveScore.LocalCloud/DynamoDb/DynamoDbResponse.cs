namespace LiveScore.LocalCloud.DynamoDb;

/// <summary>What to send back for one request: the HTTP status and an application/x-amz-json-1.0 body.</summary>
public sealed record DynamoDbResponse(int StatusCode, byte[] Body);
