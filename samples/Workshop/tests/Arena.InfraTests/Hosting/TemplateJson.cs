using System.Text.Json.Nodes;

namespace Arena.InfraTests.Hosting;

/// <summary>Read access to a synthesized CloudFormation template, for assertions that follow references.</summary>
public sealed class TemplateJson(JsonObject template)
{
    public JsonObject Root { get; } = template;

    public IEnumerable<(string LogicalId, JsonObject Resource)> Resources(string type) =>
        Section("Resources")
            .Select(r => (r.Key, r.Value!.AsObject()))
            .Where(r => (string?)r.Item2["Type"] == type);

    public JsonObject Resource(string logicalId) =>
        Section("Resources")[logicalId]?.AsObject() ?? throw new KeyNotFoundException($"No resource {logicalId} in the template.");

    public JsonObject Properties(string logicalId) => Resource(logicalId)["Properties"]!.AsObject();

    /// <summary>Every statement of every policy document in the template (identity, resource and trust policies).</summary>
    public IEnumerable<JsonObject> PolicyStatements() =>
        Section("Resources")
            .SelectMany(r => Descendants(r.Value!))
            .OfType<JsonObject>()
            .Where(o => o["Statement"] is JsonArray && o.ContainsKey("Version"))
            .SelectMany(document => document["Statement"]!.AsArray().Select(s => s!.AsObject()));

    public static JsonNode Ref(string logicalId) => new JsonObject { ["Ref"] = logicalId };

    public static JsonNode GetAtt(string logicalId, string attribute) =>
        new JsonObject { ["Fn::GetAtt"] = new JsonArray(logicalId, attribute) };

    /// <summary>A statement's Action or Resource, which CloudFormation allows as one value or a list.</summary>
    public static IReadOnlyList<JsonNode> AsList(JsonNode? node) =>
        node switch
        {
            null => [],
            JsonArray array => [.. array.Select(n => n!)],
            _ => [node],
        };

    private JsonObject Section(string name) => Root[name]?.AsObject() ?? [];

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
