using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;
using Arena.Functions.Score;
using Arena.InfraTests.Hosting;

namespace Arena.InfraTests.Score;

public class ScoreConstructTests(SynthesizedApp app) : IClassFixture<SynthesizedApp>
{
    [Fact]
    public void Players_table_streams_changes_and_serves_the_leaderboard()
    {
        var players = app.Json.Properties(app.LogicalId(app.Resources.Table(ScoreCatalog.Players.Name)));

        Assert.Equal("NEW_AND_OLD_IMAGES", (string?)players["StreamSpecification"]!["StreamViewType"]);
        Assert.Contains(players["GlobalSecondaryIndexes"]!.AsArray(), i => (string?)i!["IndexName"] == ScoreCatalog.LeaderboardIndex);
    }

    [Fact]
    public void Http_api_serves_every_score_route()
    {
        var routeKeys = app.Json.Resources("AWS::ApiGatewayV2::Route").Select(r => (string?)r.Resource["Properties"]!["RouteKey"]).ToList();

        Assert.All(ScoreCatalog.Functions.SelectMany(f => f.HttpRoutes), route => Assert.Contains(route.ToString(), routeKeys));
    }

    [Fact]
    public void Stream_function_consumes_the_players_stream()
    {
        var consumer = ScoreCatalog.Functions.Single(f => f.Stream is not null);

        app.Template.HasResourceProperties("AWS::Lambda::EventSourceMapping", Match.ObjectLike(new Dictionary<string, object>
        {
            ["EventSourceArn"] = new Dictionary<string, object> { ["Fn::GetAtt"] = new object[] { app.LogicalId(app.Resources.Table(ScoreCatalog.Players.Name)), "StreamArn" } },
            ["FunctionName"] = new Dictionary<string, object> { ["Ref"] = app.LogicalId(app.Resources.Function(consumer.Id)) },
        }));
    }

    [Fact]
    public void Score_notifications_go_to_the_email_parameter()
    {
        app.Template.HasParameter(ScoreCatalog.LiveGameScore.EmailParameter, Match.ObjectLike(new Dictionary<string, object> { ["Type"] = "String" }));

        var topicArn = TemplateJson.Ref(app.LogicalId(app.Resources.Topic(ScoreCatalog.LiveGameScore.Name)));
        var streamFunction = app.Json.Properties(app.LogicalId(app.Resources.Function(ScoreCatalog.Functions.Single(f => f.Stream is not null).Id)));
        Assert.True(JsonNode.DeepEquals(topicArn, streamFunction["Environment"]!["Variables"]![ScoreCatalog.TopicVariable]));
    }
}
