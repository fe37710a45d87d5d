namespace LiveScore.LocalCloud.Tests.DynamoDb;

/// <summary>
/// One raw request of a differential script. The body may use {T} (the script's table name), {T2} (a second table),
/// and values captured from earlier answers of the same target: {STREAM}, {SHARD}, {ITER}, {NEXT}.
/// Unordered marks answers whose item lists DynamoDB does not order (Scan, BatchGetItem): they are compared as sets.
/// </summary>
public sealed record DifferentialStep(string Target, string Body, bool Unordered = false);

/// <summary>A named sequence of requests run against both the embedded engine and DynamoDB Local.</summary>
public sealed record DifferentialScript(string Name, IReadOnlyList<DifferentialStep> Steps);
