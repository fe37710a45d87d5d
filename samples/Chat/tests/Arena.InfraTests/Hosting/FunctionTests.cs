using Arena.Functions;
using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;
using LiveScore.Lambda.Catalog;
using Arena.Infra.Hosting;

namespace Arena.InfraTests.Hosting;

// Facts that walk the catalog rather than theories: an option set without functions has no theory data.
public class FunctionTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    [Fact]
    public void Deploys_one_function_per_catalog_definition()
    {
        var functions = app.Json.Resources("AWS::Lambda::Function").Select(f => f.Resource["Properties"]!).ToList();

        Assert.Equal(AppCatalog.Functions.Select(f => f.Id).Order(), functions.Where(f => (string?)f["Runtime"] == "provided.al2023").Select(f => (string?)f["Handler"]).Order());
        // The one other function is CDK's, which uploads the pages during a deployment.
        var other = Assert.Single(functions, f => (string?)f["Runtime"] != "provided.al2023");
        Assert.StartsWith("python", (string?)other["Runtime"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_function_runs_the_native_executable_with_its_handler_id()
    {
        Assert.All(AppCatalog.Functions.Select(f => f.Id), handlerId =>
        {
            var definition = AppCatalog.Find(handlerId)!;

            app.Template.HasResourceProperties("AWS::Lambda::Function", Match.ObjectLike(new Dictionary<string, object>
            {
                ["Handler"] = handlerId,
                ["Runtime"] = "provided.al2023",
                ["Architectures"] = new object[] { FunctionPlatform.Architecture.Name },
                ["MemorySize"] = definition.MemoryMb,
                ["Timeout"] = definition.TimeoutSeconds,
                ["Description"] = definition.Description,
                ["Code"] = Match.ObjectLike(new Dictionary<string, object> { ["S3Key"] = Match.StringLikeRegexp(@"^[0-9a-f]{64}\.zip$") }),
            }));
        });
    }

    [Fact]
    public void Every_function_logs_json_to_a_log_group_with_retention()
    {
        Assert.All(AppCatalog.Functions.Select(f => f.Id), handlerId =>
        {
            var logging = FunctionProperties(handlerId)["LoggingConfig"]!;
            Assert.Equal("JSON", (string?)logging["LogFormat"]);

            var logGroupId = (string)logging["LogGroup"]!["Ref"]!;
            var logGroup = app.Json.Resource(logGroupId);
            Assert.Equal("AWS::Logs::LogGroup", (string?)logGroup["Type"]);
            Assert.Equal(30, (int?)logGroup["Properties"]!["RetentionInDays"]);
        });
    }

    [Fact]
    public void Every_function_is_traced_and_its_first_failed_invocation_raises_an_alarm()
    {
        var alarms = app.Json.Resources("AWS::CloudWatch::Alarm").Select(a => a.Resource["Properties"]!).Where(a => (string?)a["MetricName"] == "Errors").ToList();

        Assert.All(AppCatalog.Functions.Select(f => f.Id), handlerId =>
        {
            var functionId = app.LogicalId(app.Resources.Function(handlerId));
            Assert.Equal("Active", (string?)app.Json.Properties(functionId)["TracingConfig"]!["Mode"]);
            var alarm = Assert.Single(alarms, a => a["Dimensions"]!.ToJsonString().Contains($"\"{functionId}\"", StringComparison.Ordinal));
            Assert.Equal((1, "GreaterThanOrEqualToThreshold", "Sum"), ((int?)alarm["Threshold"], (string?)alarm["ComparisonOperator"], (string?)alarm["Statistic"]));
        });
    }

    [Fact]
    public void Every_function_role_has_no_managed_policy_and_writes_only_its_own_log_group()
    {
        Assert.All(AppCatalog.Functions.Select(f => f.Id), handlerId =>
        {
            var roleId = (string)FunctionProperties(handlerId)["Role"]!["Fn::GetAtt"]![0]!;
            var logGroupId = (string)FunctionProperties(handlerId)["LoggingConfig"]!["LogGroup"]!["Ref"]!;
            Assert.Null(app.Json.Properties(roleId)["ManagedPolicyArns"]);
            var statements = app.Json.Resources("AWS::IAM::Policy")
                .Select(p => p.Resource["Properties"]!)
                .Single(p => p["Roles"]!.AsArray().Any(r => JsonNode.DeepEquals(r, TemplateJson.Ref(roleId))))["PolicyDocument"]!["Statement"]!.AsArray();
            var logs = Assert.Single(statements, s => s!["Action"]!.ToJsonString().Contains("logs:", StringComparison.Ordinal))!;
            Assert.True(JsonNode.DeepEquals(TemplateJson.GetAtt(logGroupId, "Arn"), logs["Resource"]), logs.ToJsonString());
        });
    }

    [Fact]
    public void Every_function_has_exactly_the_environment_its_bindings_declare()
    {
        Assert.All(AppCatalog.Functions.Select(f => f.Id), handlerId =>
        {
            var definition = AppCatalog.Find(handlerId)!;
            var variables = FunctionProperties(handlerId)["Environment"]?["Variables"]?.AsObject() ?? [];

            Assert.Equal(definition.Bindings.Select(b => b.Variable).Order(), variables.Select(v => v.Key).Order());
            foreach (var binding in definition.Bindings)
            {
                var expected = ExpectedValue(binding);
                Assert.True(JsonNode.DeepEquals(expected, variables[binding.Variable]), $"{binding.Variable}: expected {expected.ToJsonString()}, got {variables[binding.Variable]?.ToJsonString()}");
            }
        });
    }

    private JsonNode ExpectedValue(ResourceBinding binding) => binding.Kind switch
    {
        ResourceKind.Table => TemplateJson.Ref(app.LogicalId(app.Resources.Table(binding.Resource))),
        ResourceKind.Topic => TemplateJson.Ref(app.LogicalId(app.Resources.Topic(binding.Resource))),
        ResourceKind.WebSocketApi => CallbackUrl(binding.Resource),
        ResourceKind.UserPool => TemplateJson.GetAtt(app.Json.Resources("AWS::Cognito::UserPool").Single().LogicalId, "ProviderURL"),
        ResourceKind.UserPoolClient => TemplateJson.Ref(app.Json.Resources("AWS::Cognito::UserPoolClient").Single().LogicalId),
        _ => throw new ArgumentOutOfRangeException(nameof(binding)),
    };

    /// <summary>https://{apiId}.execute-api.{region}.{suffix}/{stage}: where functions POST to @connections.</summary>
    private JsonNode CallbackUrl(string apiName)
    {
        var api = app.Resources.WebSocketApiNamed(apiName);
        return new JsonObject
        {
            ["Fn::Join"] = new JsonArray(
                "",
                new JsonArray(
                    "https://",
                    TemplateJson.Ref(app.LogicalId(api.Api)),
                    ".execute-api.",
                    TemplateJson.Ref("AWS::Region"),
                    ".",
                    TemplateJson.Ref("AWS::URLSuffix"),
                    "/" + WebSocketApiConstruct.StageName)),
        };
    }

    private JsonObject FunctionProperties(string handlerId) => app.Json.Properties(app.LogicalId(app.Resources.Function(handlerId)));
}
