using Amazon.SQS;
using Amazon.SQS.Model;
using LiveScore.LocalCloud.Testing;

namespace LiveScore.LocalCloud.Tests.Sqs;

[Collection(SqsServerCollection.Name)]
public sealed class SqsMessageTests(SqsServer server)
{
    private static readonly List<string> All = ["All"];

    [Fact]
    public async Task A_sent_message_is_received_with_its_attributes_and_deleted_by_its_receipt_handle()
    {
        var queueUrl = await server.CreateQueueAsync();
        var sent = await server.Client.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = queueUrl,
            MessageBody = "goal ⚽ at 90'",
            MessageAttributes = new()
            {
                ["team"] = new MessageAttributeValue { DataType = "String", StringValue = "home" },
                ["minute"] = new MessageAttributeValue { DataType = "Number.int", StringValue = "90" },
                ["frame"] = new MessageAttributeValue { DataType = "Binary", BinaryValue = new MemoryStream([1, 2, 3]) },
            },
        });

        var received = await server.Client.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = queueUrl, MessageAttributeNames = All, MessageSystemAttributeNames = All,
        });

        var message = Assert.Single(received.Messages);
        Assert.Equal(sent.MessageId, message.MessageId);
        Assert.Equal("goal ⚽ at 90'", message.Body);
        Assert.Equal(sent.MD5OfMessageBody, message.MD5OfBody);
        Assert.Equal(sent.MD5OfMessageAttributes, message.MD5OfMessageAttributes);
        Assert.Equal("home", message.MessageAttributes["team"].StringValue);
        Assert.Equal("90", message.MessageAttributes["minute"].StringValue);
        Assert.Equal([1, 2, 3], message.MessageAttributes["frame"].BinaryValue.ToArray());
        Assert.Equal("1", message.Attributes["ApproximateReceiveCount"]);
        Assert.Equal(server.Clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(), message.Attributes["SentTimestamp"]);
        Assert.Equal(message.Attributes["SentTimestamp"], message.Attributes["ApproximateFirstReceiveTimestamp"]);

        await server.Client.DeleteMessageAsync(queueUrl, message.ReceiptHandle);
        var counts = await server.Client.GetQueueAttributesAsync(queueUrl, ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"]);
        Assert.Equal(0, counts.ApproximateNumberOfMessages);
        Assert.Equal(0, counts.ApproximateNumberOfMessagesNotVisible);
    }

    [Fact]
    public async Task Only_the_requested_attributes_come_back_with_a_digest_of_those()
    {
        var queueUrl = await server.CreateQueueAsync();
        await server.Client.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = queueUrl,
            MessageBody = "body",
            MessageAttributes = new()
            {
                ["score.home"] = new MessageAttributeValue { DataType = "Number", StringValue = "2" },
                ["score.away"] = new MessageAttributeValue { DataType = "Number", StringValue = "1" },
                ["venue"] = new MessageAttributeValue { DataType = "String", StringValue = "Wembley" },
            },
        });

        // The SDK recomputes MD5OfMessageAttributes over what it received and throws on a mismatch.
        var received = await server.Client.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = queueUrl, MessageAttributeNames = ["score.*"], MessageSystemAttributeNames = ["SentTimestamp"],
        });

        var message = Assert.Single(received.Messages);
        Assert.Equal(["score.away", "score.home"], message.MessageAttributes.Keys.Order());
        Assert.Equal(["SentTimestamp"], message.Attributes.Keys);
    }

    [Fact]
    public async Task A_received_message_is_hidden_until_its_visibility_timeout_ends_then_comes_back_with_a_new_handle()
    {
        var queueUrl = await server.CreateQueueAsync(new() { ["VisibilityTimeout"] = "30" });
        await server.Client.SendMessageAsync(queueUrl, "kick-off");
        var first = Assert.Single((await server.Client.ReceiveMessageAsync(queueUrl)).Messages);

        var hidden = await server.Client.GetQueueAttributesAsync(queueUrl, ["All"]);
        Assert.Equal(0, hidden.ApproximateNumberOfMessages);
        Assert.Equal(1, hidden.ApproximateNumberOfMessagesNotVisible);
        server.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Null((await server.Client.ReceiveMessageAsync(queueUrl)).Messages);

        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = Assert.Single((await server.Client.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = queueUrl, MessageSystemAttributeNames = ["ApproximateReceiveCount"],
        })).Messages);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.NotEqual(first.ReceiptHandle, second.ReceiptHandle);
        Assert.Equal("2", second.Attributes["ApproximateReceiveCount"]);

        // The handle of an earlier receive no longer deletes the message.
        await server.Client.DeleteMessageAsync(queueUrl, first.ReceiptHandle);
        Assert.Equal(1, (await server.Client.GetQueueAttributesAsync(queueUrl, ["ApproximateNumberOfMessagesNotVisible"])).ApproximateNumberOfMessagesNotVisible);
    }

    [Fact]
    public async Task Changing_visibility_extends_or_ends_the_hiding_and_needs_an_in_flight_message()
    {
        var queueUrl = await server.CreateQueueAsync();
        await server.Client.SendMessageAsync(queueUrl, "half-time");
        var message = Assert.Single((await server.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, VisibilityTimeout = 10 })).Messages);

        await server.Client.ChangeMessageVisibilityAsync(queueUrl, message.ReceiptHandle, 60);
        server.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Null((await server.Client.ReceiveMessageAsync(queueUrl)).Messages);
        await server.Client.ChangeMessageVisibilityAsync(queueUrl, message.ReceiptHandle, 0);
        var again = Assert.Single((await server.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, VisibilityTimeout = 5 })).Messages);

        server.Clock.Advance(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<MessageNotInflightException>(() => server.Client.ChangeMessageVisibilityAsync(queueUrl, again.ReceiptHandle, 30));
        await Assert.ThrowsAsync<ReceiptHandleIsInvalidException>(() => server.Client.DeleteMessageAsync(queueUrl, "not a handle"));
    }

    [Fact]
    public async Task Delayed_messages_stay_hidden_for_their_delay()
    {
        var queueUrl = await server.CreateQueueAsync(new() { ["DelaySeconds"] = "10" });
        await server.Client.SendMessageAsync(new SendMessageRequest { QueueUrl = queueUrl, MessageBody = "queue default" });
        await server.Client.SendMessageAsync(new SendMessageRequest { QueueUrl = queueUrl, MessageBody = "own delay", DelaySeconds = 0 });

        Assert.Equal("own delay", Assert.Single((await server.Client.ReceiveMessageAsync(queueUrl)).Messages).Body);
        Assert.Equal(1, (await server.Client.GetQueueAttributesAsync(queueUrl, ["ApproximateNumberOfMessagesDelayed"])).ApproximateNumberOfMessagesDelayed);
        server.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal("queue default", Assert.Single((await server.Client.ReceiveMessageAsync(queueUrl)).Messages).Body);
    }

    [Fact]
    public async Task A_long_poll_returns_as_soon_as_a_message_is_sent()
    {
        var queueUrl = await server.CreateQueueAsync();
        var receive = server.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, WaitTimeSeconds = 20 });
        await Eventually.UntilAsync(() => server.Engine.LongPollsWaiting, n => n > 0, "the receive to wait");

        // The fake clock never reaches the 20 s: only the send can end this receive.
        await server.Client.SendMessageAsync(queueUrl, "wake up");

        Assert.Equal("wake up", Assert.Single((await receive).Messages).Body);
    }

    [Fact]
    public async Task A_long_poll_returns_empty_when_its_wait_is_over()
    {
        var queueUrl = await server.CreateQueueAsync(new() { ["ReceiveMessageWaitTimeSeconds"] = "20" });
        var receive = server.Client.ReceiveMessageAsync(queueUrl);
        await Eventually.UntilAsync(() => server.Engine.LongPollsWaiting, n => n > 0, "the receive to wait");

        server.Clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Null((await receive).Messages);
    }

    [Fact]
    public async Task A_message_received_maxReceiveCount_times_moves_to_the_dead_letter_queue_on_its_next_receive()
    {
        var deadLetterUrl = await server.CreateQueueAsync();
        var deadLetterArn = (await server.Client.GetQueueAttributesAsync(deadLetterUrl, ["QueueArn"])).QueueARN;
        var queueUrl = await server.CreateQueueAsync(new()
        {
            ["RedrivePolicy"] = $$"""{"deadLetterTargetArn":"{{deadLetterArn}}","maxReceiveCount":"2"}""",
        });
        var queueArn = (await server.Client.GetQueueAttributesAsync(queueUrl, ["QueueArn"])).QueueARN;
        var sent = await server.Client.SendMessageAsync(queueUrl, "poison");

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var received = Assert.Single((await server.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, VisibilityTimeout = 0 })).Messages);
            Assert.Equal(sent.MessageId, received.MessageId);
        }
        Assert.Null((await server.Client.ReceiveMessageAsync(queueUrl)).Messages);

        var moved = Assert.Single((await server.Client.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = deadLetterUrl, MessageSystemAttributeNames = ["DeadLetterQueueSourceArn"],
        })).Messages);
        Assert.Equal(sent.MessageId, moved.MessageId);
        Assert.Equal("poison", moved.Body);
        Assert.Equal(queueArn, moved.Attributes["DeadLetterQueueSourceArn"]);
    }

    [Fact]
    public async Task A_message_move_task_sends_dead_letters_back_to_their_queue_as_new()
    {
        var deadLetterUrl = await server.CreateQueueAsync();
        var deadLetterArn = (await server.Client.GetQueueAttributesAsync(deadLetterUrl, ["QueueArn"])).QueueARN;
        var queueUrl = await server.CreateQueueAsync(new()
        {
            ["RedrivePolicy"] = $$"""{"deadLetterTargetArn":"{{deadLetterArn}}","maxReceiveCount":"1"}""",
        });
        await server.Client.SendMessageAsync(queueUrl, "poison");
        await server.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, VisibilityTimeout = 0 });
        Assert.Null((await server.Client.ReceiveMessageAsync(queueUrl)).Messages);

        var queueArn = (await server.Client.GetQueueAttributesAsync(queueUrl, ["QueueArn"])).QueueARN;
        var task = await server.Client.StartMessageMoveTaskAsync(new StartMessageMoveTaskRequest { SourceArn = deadLetterArn });
        var notDeadLetters = await Assert.ThrowsAsync<AmazonSQSException>(() =>
            server.Client.StartMessageMoveTaskAsync(new StartMessageMoveTaskRequest { SourceArn = queueArn }));

        Assert.False(string.IsNullOrEmpty(task.TaskHandle));
        Assert.Contains("Dead Letter Queue", notDeadLetters.Message, StringComparison.Ordinal);
        var back = Assert.Single((await server.Client.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = queueUrl, MessageSystemAttributeNames = ["ApproximateReceiveCount"],
        })).Messages);
        Assert.Equal("poison", back.Body);
        Assert.Equal("1", back.Attributes["ApproximateReceiveCount"]);
        Assert.Null((await server.Client.ReceiveMessageAsync(deadLetterUrl)).Messages);
    }

    [Fact]
    public async Task Messages_older_than_the_retention_period_are_dropped()
    {
        var queueUrl = await server.CreateQueueAsync(new() { ["MessageRetentionPeriod"] = "60" });
        await server.Client.SendMessageAsync(queueUrl, "stale");

        server.Clock.Advance(TimeSpan.FromSeconds(60));

        Assert.Null((await server.Client.ReceiveMessageAsync(queueUrl)).Messages);
    }

    [Fact]
    public async Task A_body_that_SQS_would_refuse_is_refused()
    {
        var queueUrl = await server.CreateQueueAsync(new() { ["MaximumMessageSize"] = "1024" });

        var tooLong = await Assert.ThrowsAsync<AmazonSQSException>(() => server.Client.SendMessageAsync(queueUrl, new string('x', 1025)));
        Assert.Equal("InvalidParameterValue", tooLong.ErrorCode);
        await Assert.ThrowsAsync<InvalidMessageContentsException>(() => server.Client.SendMessageAsync(queueUrl, "bell \u0007"));
    }

    [Fact]
    public async Task The_engine_serves_an_in_process_poller_with_the_same_semantics()
    {
        var queueUrl = await server.CreateQueueAsync();
        var queueName = queueUrl[(queueUrl.LastIndexOf('/') + 1)..];
        await server.Client.SendMessageAsync(queueUrl, "one");
        await server.Client.SendMessageAsync(queueUrl, "two");

        var batch = await server.Engine.ReceiveMessagesAsync(queueName, maxMessages: 10, visibilityTimeoutSeconds: 30);
        Assert.Equal(["one", "two"], batch.Select(m => m.Body));
        server.Engine.DeleteMessage(queueName, batch[0].ReceiptHandle);
        server.Engine.ChangeMessageVisibility(queueName, batch[1].ReceiptHandle, 0);

        var retried = Assert.Single((await server.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, MessageSystemAttributeNames = All })).Messages);
        Assert.Equal("two", retried.Body);
        Assert.Equal("2", retried.Attributes["ApproximateReceiveCount"]);
    }
}
