namespace LiveScore.LocalCloud.DynamoDb.Model;

/// <summary>The ten DynamoDB data types, named as on the wire.</summary>
internal enum AttributeType { S, N, B, SS, NS, BS, M, L, NULL, BOOL }
