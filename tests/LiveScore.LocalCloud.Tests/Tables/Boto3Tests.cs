using System.Text.Json;
using LiveScore.LocalCloud.Tables;

namespace LiveScore.LocalCloud.Tests.Tables;

/// <summary>A second, independent client: boto3 (Python) against the embedded DynamoDB endpoint, through the same wire protocol the AWS CLI uses.</summary>
public sealed class Boto3Tests
{
    private const string Script = """
        import json, sys, boto3
        from botocore.exceptions import ClientError
        ddb = boto3.client("dynamodb", endpoint_url=sys.argv[1], region_name="us-east-1",
                           aws_access_key_id="local", aws_secret_access_key="local")
        ddb.create_table(TableName="Games", BillingMode="PAY_PER_REQUEST",
                         AttributeDefinitions=[{"AttributeName": "gameId", "AttributeType": "S"}],
                         KeySchema=[{"AttributeName": "gameId", "KeyType": "HASH"}],
                         StreamSpecification={"StreamEnabled": True, "StreamViewType": "NEW_AND_OLD_IMAGES"})
        ddb.put_item(TableName="Games", Item={"gameId": {"S": "g1"}, "score": {"N": "1"}})
        updated = ddb.update_item(TableName="Games", Key={"gameId": {"S": "g1"}},
                                  UpdateExpression="SET score = score + :one", ExpressionAttributeValues={":one": {"N": "1"}},
                                  ReturnValues="ALL_NEW")["Attributes"]
        try:
            ddb.put_item(TableName="Games", Item={"gameId": {"S": "g1"}}, ConditionExpression="attribute_not_exists(gameId)")
            refused = None
        except ClientError as e:
            refused = e.response["Error"]["Code"]
        streams = boto3.client("dynamodbstreams", endpoint_url=sys.argv[1], region_name="us-east-1",
                               aws_access_key_id="local", aws_secret_access_key="local")
        arn = ddb.describe_table(TableName="Games")["Table"]["LatestStreamArn"]
        shard = streams.describe_stream(StreamArn=arn)["StreamDescription"]["Shards"][0]["ShardId"]
        iterator = streams.get_shard_iterator(StreamArn=arn, ShardId=shard, ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
        events = [r["eventName"] for r in streams.get_records(ShardIterator=iterator)["Records"]]
        print(json.dumps({"tables": ddb.list_tables()["TableNames"], "score": updated["score"]["N"], "refused": refused, "events": events}))
        """;

    [Boto3Fact]
    public async Task Boto3_creates_writes_updates_and_reads_the_stream_of_the_embedded_endpoint()
    {
        await using var dynamoDb = await EmbeddedDynamoDb.StartAsync();

        var output = await Boto3.RunAsync(Boto3.Python(), ["-c", Script, dynamoDb.Endpoint]);

        using var result = JsonDocument.Parse(output);
        Assert.Equal(["Games"], result.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("2", result.RootElement.GetProperty("score").GetString());
        Assert.Equal("ConditionalCheckFailedException", result.RootElement.GetProperty("refused").GetString());
        Assert.Equal(["INSERT", "MODIFY"], result.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
    }
}
