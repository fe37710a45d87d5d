using System.Text.Json;

namespace LiveScore.LocalCloud.Tests.Sqs;

/// <summary>boto3 against the SQS endpoint: botocore checks the MD5s itself and maps errors by their query-compatible codes.</summary>
[Collection(SqsServerCollection.Name)]
public sealed class SqsBoto3Tests(SqsServer server)
{
    private const string Script = """
        import json, sys, boto3
        sqs = boto3.client("sqs", endpoint_url=sys.argv[1], region_name="us-east-1", aws_access_key_id="local", aws_secret_access_key="local")
        url = sqs.create_queue(QueueName=sys.argv[2])["QueueUrl"]
        sqs.send_message(QueueUrl=url, MessageBody="goal", MessageAttributes={"minute": {"DataType": "Number", "StringValue": "90"}})
        message = sqs.receive_message(QueueUrl=url, MessageAttributeNames=["All"])["Messages"][0]
        sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
        try:
            sqs.get_queue_url(QueueName="no-such-queue")
            missing = None
        except sqs.exceptions.QueueDoesNotExist as e:
            missing = e.response["Error"]["Code"]
        print(json.dumps({"body": message["Body"], "minute": message["MessageAttributes"]["minute"]["StringValue"], "missing": missing}))
        """;

    [Boto3Fact]
    public async Task Boto3_sends_receives_and_deletes_and_recognises_a_missing_queue()
    {
        var python = Boto3.Python();

        using var result = JsonDocument.Parse(await Boto3.RunAsync(python, ["-c", Script, server.Endpoint, $"boto-{Guid.NewGuid():N}"]));

        Assert.Equal("goal", result.RootElement.GetProperty("body").GetString());
        Assert.Equal("90", result.RootElement.GetProperty("minute").GetString());
        Assert.Equal("AWS.SimpleQueueService.NonExistentQueue", result.RootElement.GetProperty("missing").GetString());
    }
}
