using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiveScore.LocalCloud.DynamoDb;

namespace LiveScore.LocalCloud.Tests.DynamoDb;

/// <summary>
/// Runs every script against the embedded engine and against DynamoDB Local and compares the answers step by step.
///
/// What is normalized before comparing (see <see cref="Normalize"/>):
/// - error type: only the code after '#' (DynamoDB Local uses com.amazon.coral.validate# for some validation errors);
/// - error message text ("message"/"Message", also inside CancellationReasons): wording is not part of the contract;
///   only the status and the error code are compared;
/// - values that differ by construction: table, index and stream ARNs and labels, the region, CreationDateTime and
///   other timestamps, TableSizeBytes/IndexSizeBytes, ConsumedCapacity, TableId, shard ids, shard iterators,
///   sequence numbers, eventIDs, ApproximateCreationDateTime and stream record SizeBytes;
/// - order where DynamoDB promises none: members of SS/NS/BS sets, object member order, GlobalSecondaryIndexes (by name), and the item lists of steps
///   marked Unordered (Scan, BatchGetItem), which are compared as sets.
/// </summary>
public sealed class DifferentialTests
{
    private static readonly HashSet<string> VolatileMembers =
    [
        "message", "Message", "TableArn", "IndexArn", "TableId", "LatestStreamArn", "LatestStreamLabel", "StreamArn", "StreamLabel",
        "CreationDateTime", "CreationRequestDateTime", "LastUpdateToPayPerRequestDateTime", "LastIncreaseDateTime", "LastDecreaseDateTime",
        "TableSizeBytes", "IndexSizeBytes", "ConsumedCapacity", "ShardId", "ShardIterator", "NextShardIterator", "SequenceNumber",
        "StartingSequenceNumber", "eventID", "ApproximateCreationDateTime", "awsRegion", "SizeBytes", "LastEvaluatedStreamArn",
    ];

    public static TheoryData<string> ScriptNames => new(DifferentialScripts.All.Select(s => s.Name));

    [DifferentialTheory]
    [MemberData(nameof(ScriptNames))]
    public async Task Engine_answers_like_DynamoDB_Local(string scriptName)
    {
        var endpoint = Environment.GetEnvironmentVariable(DifferentialTheoryAttribute.EndpointVariable);
        Assert.False(string.IsNullOrEmpty(endpoint),
            $"{DifferentialTheoryAttribute.EndpointVariable} must point at DynamoDB Local when CI=true; the differential suite cannot be skipped in CI.");
        var script = DifferentialScripts.All.Single(s => s.Name == scriptName);
        var engine = new DynamoDbEngine(TimeProvider.System);
        using var http = new HttpClient { BaseAddress = new Uri(endpoint!) };
        var tables = new Dictionary<string, string>
        {
            ["{T}"] = DynamoDbServer.UniqueName("diff-" + script.Name),
            ["{T2}"] = DynamoDbServer.UniqueName("diff2-" + script.Name),
        };
        var engineVariables = new Dictionary<string, string>(tables);
        var localVariables = new Dictionary<string, string>(tables);
        var differences = new List<string>();
        try
        {
            for (var i = 0; i < script.Steps.Count; i++)
            {
                var step = script.Steps[i];
                var engineBody = Substitute(step.Body, engineVariables);
                var response = await engine.HandleAsync(step.Target, Encoding.UTF8.GetBytes(engineBody), CancellationToken.None);
                var engineAnswer = (response.StatusCode, JsonNode.Parse(response.Body)!.AsObject());
                var localAnswer = await PostAsync(http, step.Target, Substitute(step.Body, localVariables));
                Capture(engineAnswer.Item2, engineVariables);
                Capture(localAnswer.Item2, localVariables);

                var expected = $"{localAnswer.Item1} {Canonical(Normalize(localAnswer.Item2, step.Unordered))}";
                var actual = $"{engineAnswer.Item1} {Canonical(Normalize(engineAnswer.Item2, step.Unordered))}";
                if (expected != actual)
                    differences.Add($"step {i} {step.Target}\n  request:        {Shorten(engineBody)}\n  DynamoDB Local: {Shorten(localAnswer.Item2.ToJsonString())}\n  engine:         {Shorten(engineAnswer.Item2.ToJsonString())}");
            }
        }
        finally
        {
            foreach (var table in tables.Values)
                await PostAsync(http, "DynamoDB_20120810.DeleteTable", new JsonObject { ["TableName"] = table }.ToJsonString());
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static string Substitute(string body, Dictionary<string, string> variables) =>
        variables.Aggregate(body, (text, variable) => text.Replace(variable.Key, variable.Value, StringComparison.Ordinal));

    // Streams steps refer to the stream, shard and iterators each side handed out before.
    private static void Capture(JsonObject answer, Dictionary<string, string> variables)
    {
        if (answer["Table"]?["LatestStreamArn"] is { } arn) variables["{STREAM}"] = arn.GetValue<string>();
        if (answer["TableDescription"]?["LatestStreamArn"] is { } createdArn) variables["{STREAM}"] = createdArn.GetValue<string>();
        if (answer["StreamDescription"]?["Shards"]?[0]?["ShardId"] is { } shard) variables["{SHARD}"] = shard.GetValue<string>();
        if (answer["ShardIterator"] is { } iterator) variables["{ITER}"] = variables["{NEXT}"] = iterator.GetValue<string>();
        if (answer["NextShardIterator"] is { } next) variables["{NEXT}"] = next.GetValue<string>();
    }

    private static async Task<(int, JsonObject)> PostAsync(HttpClient http, string target, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = content };
        request.Headers.Add("X-Amz-Target", target);
        // DynamoDB Local reads the access key and region from the credential scope but does not check the signature.
        request.Headers.TryAddWithoutValidation("Authorization",
            "AWS4-HMAC-SHA256 Credential=local/20250101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static JsonNode? Normalize(JsonNode? node, bool unordered)
    {
        switch (node)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (VolatileMembers.Contains(name)) continue;
                    if (name == "__type") result[name] = value!.GetValue<string>().Split('#')[^1];
                    else if (name is "SS" or "NS" or "BS") result[name] = new JsonArray(value!.AsArray().Select(v => v!.GetValue<string>()).Order(StringComparer.Ordinal).Select(v => (JsonNode)v).ToArray());
                    else if (name == "GlobalSecondaryIndexes")
                        result[name] = new JsonArray(value!.AsArray().OrderBy(i => i!["IndexName"]!.GetValue<string>(), StringComparer.Ordinal).Select(i => Normalize(i, unordered)).ToArray());
                    else if (unordered && name is "Items" || unordered && obj.Parent is JsonObject parent && parent.ContainsKey("Responses") && value is JsonArray)
                        result[name] = new JsonArray(value!.AsArray().Select(v => Normalize(v, false)).OrderBy(Canonical, StringComparer.Ordinal).ToArray());
                    else result[name] = Normalize(value, unordered);
                }
                return result;
            case JsonArray array:
                return new JsonArray(array.Select(v => Normalize(v, unordered)).ToArray());
            default:
                return node?.DeepClone();
        }
    }

    private static string Canonical(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null";

    private static string Shorten(string text) => text.Length <= 1500 ? text : text[..1500] + "…";
}
