using Arena.Functions;
using System.Text.Json.Nodes;
using LiveScore.Lambda.Catalog;

namespace Arena.InfraTests.Hosting;

// Facts that walk the catalog rather than theories: an option set without functions has no theory data.
public class GrantTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    private static readonly string[] TableWriteActions = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"];
    private static readonly string[] TableReadActions = ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem"];

    [Fact]
    public void No_allow_statement_grants_every_action_of_a_service()
    {
        var allows = app.Json.PolicyStatements().Where(s => (string?)s["Effect"] == "Allow").ToList();

        Assert.True(allows.Count > 0 || AppCatalog.Functions.Count == 0, "no policy statements were found");
        var wildcards = allows
            .SelectMany(s => TemplateJson.AsList(s["Action"]))
            .Select(a => (string)a!)
            .Where(a => a == "*" || a.EndsWith(":*", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(wildcards);
    }

    [Fact]
    public void Only_actions_without_resource_level_permissions_are_allowed_on_every_resource()
    {
        var onEveryResource = app.Json.PolicyStatements()
            .Where(s => (string?)s["Effect"] == "Allow" && TemplateJson.AsList(s["Resource"]).Any(r => r is JsonValue v && v.TryGetValue(out string? text) && text == "*"))
            .SelectMany(s => TemplateJson.AsList(s["Action"]).Select(a => (string)a!))
            .Distinct();

        // Lambda's stream poller lists a table's streams before it can address one; ListStreams has no resource ARN,
        // and neither do X-Ray's two write actions.
        Assert.All(onEveryResource, action => Assert.Contains(action, new[] { "dynamodb:ListStreams", "xray:PutTraceSegments", "xray:PutTelemetryRecords" }));
    }

    [Fact]
    public void Every_function_reaches_only_the_tables_its_definition_names()
    {
        Assert.All(AppCatalog.Functions.Select(f => f.Id), handlerId =>
        {
            var definition = AppCatalog.Find(handlerId)!;
            var expected = definition.Bindings.Where(b => b.Kind == ResourceKind.Table).Select(b => b.Resource)
                .Concat(definition.Stream is { } stream ? [stream.Table] : [])
                .Select(name => app.LogicalId(app.Resources.Table(name)))
                .ToHashSet();

            var reached = Statements(handlerId)
                .SelectMany(s => TemplateJson.AsList(s["Resource"]))
                .SelectMany(r => ReferencedTables(r))
                .ToHashSet();

            Assert.Equal(expected.Order(), reached.Order());
        });
    }

    [Fact]
    public void Table_access_matches_each_binding()
    {
        Assert.All(AppCatalog.Functions.Select(f => f.Id), handlerId =>
        {
            foreach (var binding in AppCatalog.Find(handlerId)!.Bindings.Where(b => b.Kind == ResourceKind.Table))
            {
                var actions = ActionsOn(handlerId, TemplateJson.GetAtt(app.LogicalId(app.Resources.Table(binding.Resource)), "Arn"));

                var reads = binding.Access is Access.Read or Access.ReadWrite;
                var writes = binding.Access is Access.Write or Access.ReadWrite;
                Assert.All(TableReadActions, a => Assert.Equal(reads, actions.Contains(a)));
                Assert.All(TableWriteActions, a => Assert.Equal(writes, actions.Contains(a)));
            }
        });
    }

    [Fact]
    public void Publish_bindings_grant_publish_on_that_topic_only()
    {
        Assert.All(AppCatalog.Functions.Select(f => f.Id), handlerId =>
        {
            var topics = AppCatalog.Find(handlerId)!.Bindings.Where(b => b.Kind == ResourceKind.Topic).ToList();
            var publishTargets = Statements(handlerId)
                .Where(s => TemplateJson.AsList(s["Action"]).Any(a => ((string)a!).StartsWith("sns:", StringComparison.Ordinal)))
                .ToList();

            Assert.Equal(topics.Count, publishTargets.Count);
            foreach (var binding in topics)
            {
                var topicArn = TemplateJson.Ref(app.LogicalId(app.Resources.Topic(binding.Resource)));
                Assert.Equal(["sns:Publish"], ActionsOn(handlerId, topicArn));
            }
        });
    }

    [Fact]
    public void Manage_connections_bindings_grant_the_stage_connections_only()
    {
        Assert.All(AppCatalog.Functions.Select(f => f.Id), handlerId =>
        {
            var bindings = AppCatalog.Find(handlerId)!.Bindings.Where(b => b.Kind == ResourceKind.WebSocketApi).ToList();
            var grants = Statements(handlerId)
                .Where(s => TemplateJson.AsList(s["Action"]).Any(a => ((string)a!).StartsWith("execute-api:", StringComparison.Ordinal)))
                .ToList();

            Assert.Equal(bindings.Count, grants.Count);
            foreach (var binding in bindings)
            {
                var api = app.Resources.WebSocketApiNamed(binding.Resource);
                var apiRef = TemplateJson.Ref(app.LogicalId(api.Api));
                var grant = Assert.Single(grants, s => s.ToJsonString().Contains(apiRef.ToJsonString(), StringComparison.Ordinal));

                Assert.Equal("execute-api:ManageConnections", (string?)grant["Action"]);
                var arnParts = grant["Resource"]!["Fn::Join"]![1]!.AsArray();
                Assert.Equal($"/{api.Stage.StageName}/*/@connections/*", (string?)arnParts[^1]);
            }
        });
    }

    private List<JsonObject> Statements(string handlerId)
    {
        var roleId = app.LogicalId(app.Resources.Function(handlerId).Role!);
        return app.Json.Resources("AWS::IAM::Policy")
            .Where(p => p.Resource["Properties"]!["Roles"]!.AsArray().Any(r => JsonNode.DeepEquals(r, TemplateJson.Ref(roleId))))
            .SelectMany(p => p.Resource["Properties"]!["PolicyDocument"]!["Statement"]!.AsArray().Select(s => s!.AsObject()))
            .ToList();
    }

    private HashSet<string> ActionsOn(string handlerId, JsonNode resource) =>
        Statements(handlerId)
            .Where(s => TemplateJson.AsList(s["Resource"]).Any(r => JsonNode.DeepEquals(r, resource)))
            .SelectMany(s => TemplateJson.AsList(s["Action"]).Select(a => (string)a!))
            .ToHashSet();

    private IEnumerable<string> ReferencedTables(JsonNode resource)
    {
        var tableIds = app.Json.Resources("AWS::DynamoDB::Table").Select(t => t.LogicalId);
        var json = resource.ToJsonString();
        return tableIds.Where(id => json.Contains($"\"{id}\"", StringComparison.Ordinal));
    }
}
