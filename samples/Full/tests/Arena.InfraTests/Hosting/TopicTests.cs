using Arena.Functions;
using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;
using LiveScore.Lambda.Catalog;

namespace Arena.InfraTests.Hosting;

// Facts that walk the catalog rather than theories: an option set without topics has no theory data.
public class TopicTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    [Fact]
    public void Deploys_exactly_the_catalog_topics()
    {
        app.Template.ResourceCountIs("AWS::SNS::Topic", AppCatalog.Topics.Count);
        app.Template.ResourceCountIs("AWS::SNS::Subscription", AppCatalog.Topics.Count);
    }

    [Fact]
    public void Email_addresses_are_described_string_parameters()
    {
        Assert.All(AppCatalog.Topics, definition =>
            app.Template.HasParameter(definition.EmailParameter, Match.ObjectLike(new Dictionary<string, object>
            {
                ["Type"] = "String",
                ["Description"] = Match.StringLikeRegexp(".+"),
            })));
    }

    [Fact]
    public void Every_topic_has_an_email_subscription_to_its_parameter()
    {
        Assert.All(AppCatalog.Topics, definition =>
            app.Template.HasResourceProperties("AWS::SNS::Subscription", new Dictionary<string, object>
            {
                ["Protocol"] = "email",
                ["TopicArn"] = new Dictionary<string, object> { ["Ref"] = TopicId(definition) },
                ["Endpoint"] = new Dictionary<string, object> { ["Ref"] = definition.EmailParameter },
            }));
    }

    [Fact]
    public void What_sns_cannot_deliver_to_the_email_address_waits_in_an_alarmed_dead_letter_queue()
    {
        Assert.All(AppCatalog.Topics, definition =>
        {
            var subscription = app.Json.Resources("AWS::SNS::Subscription")
                .Select(s => s.Resource["Properties"]!)
                .Single(s => JsonNode.DeepEquals(s["TopicArn"], TemplateJson.Ref(TopicId(definition))));
            var queueId = (string)subscription["RedrivePolicy"]!["deadLetterTargetArn"]!["Fn::GetAtt"]![0]!;
            Assert.Equal("AWS::SQS::Queue", (string?)app.Json.Resource(queueId)["Type"]);
            Assert.Contains(app.Json.Resources("AWS::CloudWatch::Alarm"), alarm =>
                JsonNode.DeepEquals(alarm.Resource["Properties"]!["Dimensions"]![0]!["Value"], TemplateJson.GetAtt(queueId, "QueueName")));
        });
    }

    [Fact]
    public void Every_topic_is_encrypted_with_the_aws_managed_key()
    {
        Assert.All(AppCatalog.Topics, definition =>
        {
            var arnParts = app.Json.Properties(TopicId(definition))["KmsMasterKeyId"]?["Fn::Join"]?[1]?.AsArray();

            Assert.NotNull(arnParts);
            Assert.Equal(":alias/aws/sns", (string?)arnParts[^1]);
        });
    }

    [Fact]
    public void Every_topic_refuses_publishing_without_tls()
    {
        Assert.All(AppCatalog.Topics, definition =>
        {
            var policy = app.Json.Resources("AWS::SNS::TopicPolicy")
                .Select(p => p.Resource["Properties"]!)
                .Single(p => p["Topics"]!.AsArray().Any(t => JsonNode.DeepEquals(t, TemplateJson.Ref(TopicId(definition)))));

            Assert.Contains(policy["PolicyDocument"]!["Statement"]!.AsArray(), s =>
                (string?)s!["Effect"] == "Deny"
                && TemplateJson.AsList(s["Action"]).Any(a => (string?)a == "sns:Publish")
                && (string?)s["Condition"]?["Bool"]?["aws:SecureTransport"] == "false");
        });
    }

    private string TopicId(TopicDefinition definition) => app.LogicalId(app.Resources.Topic(definition.Name));
}
