using Amazon.SQS;
using Amazon.SQS.Model;

namespace LiveScore.LocalCloud.Tests.Sqs;

[Collection(SqsServerCollection.Name)]
public sealed class SqsQueueTests(SqsServer server)
{
    [Fact]
    public async Task Queues_are_created_found_listed_configured_purged_and_deleted()
    {
        var prefix = $"games-{Guid.NewGuid():N}"[..20];
        var created = await server.Client.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = prefix + "-events",
            Attributes = new() { ["VisibilityTimeout"] = "45", ["SqsManagedSseEnabled"] = "true" },
        });
        await server.Client.CreateQueueAsync(prefix + "-scores");

        Assert.Equal($"{server.Endpoint}/000000000000/{prefix}-events", created.QueueUrl);
        Assert.Equal(created.QueueUrl, (await server.Client.GetQueueUrlAsync(prefix + "-events")).QueueUrl);
        Assert.Equal([created.QueueUrl, $"{server.Endpoint}/000000000000/{prefix}-scores"], (await server.Client.ListQueuesAsync(prefix)).QueueUrls);
        var firstPage = await server.Client.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = prefix, MaxResults = 1 });
        var secondPage = await server.Client.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = prefix, MaxResults = 1, NextToken = firstPage.NextToken });
        Assert.Equal([created.QueueUrl], firstPage.QueueUrls);
        Assert.Equal($"{server.Endpoint}/000000000000/{prefix}-scores", Assert.Single(secondPage.QueueUrls));
        Assert.Null(secondPage.NextToken);

        var attributes = (await server.Client.GetQueueAttributesAsync(created.QueueUrl, ["All"])).Attributes;
        Assert.Equal("45", attributes["VisibilityTimeout"]);
        Assert.Equal($"arn:aws:sqs:us-east-1:000000000000:{prefix}-events", attributes["QueueArn"]);
        Assert.Equal("345600", attributes["MessageRetentionPeriod"]);
        Assert.Equal("true", attributes["SqsManagedSseEnabled"]);

        await server.Client.SetQueueAttributesAsync(created.QueueUrl, new() { ["ReceiveMessageWaitTimeSeconds"] = "5" });
        Assert.Equal("5", (await server.Client.GetQueueAttributesAsync(created.QueueUrl, ["ReceiveMessageWaitTimeSeconds"])).Attributes["ReceiveMessageWaitTimeSeconds"]);

        await server.Client.SendMessageAsync(created.QueueUrl, "goal");
        await server.Client.PurgeQueueAsync(created.QueueUrl);
        Assert.Equal(0, (await server.Client.GetQueueAttributesAsync(created.QueueUrl, ["ApproximateNumberOfMessages"])).ApproximateNumberOfMessages);

        await server.Client.DeleteQueueAsync(created.QueueUrl);
        var missing = await Assert.ThrowsAsync<QueueDoesNotExistException>(() => server.Client.GetQueueUrlAsync(prefix + "-events"));
        Assert.Equal("AWS.SimpleQueueService.NonExistentQueue", missing.ErrorCode);
        await Assert.ThrowsAsync<QueueDoesNotExistException>(() => server.Client.SendMessageAsync(created.QueueUrl, "late"));
    }

    [Fact]
    public async Task Creating_an_existing_queue_is_idempotent_only_with_the_same_attributes()
    {
        var name = $"q-{Guid.NewGuid():N}";
        var url = (await server.Client.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = new() { ["DelaySeconds"] = "5" } })).QueueUrl;

        Assert.Equal(url, (await server.Client.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = new() { ["DelaySeconds"] = "5" } })).QueueUrl);
        await Assert.ThrowsAsync<QueueNameExistsException>(() =>
            server.Client.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = new() { ["DelaySeconds"] = "6" } }));
    }

    [Fact]
    public async Task Invalid_attributes_fifo_queues_and_unsupported_actions_are_refused_by_name()
    {
        var url = await server.CreateQueueAsync();

        await Assert.ThrowsAsync<InvalidAttributeNameException>(() => server.Client.SetQueueAttributesAsync(url, new() { ["Colour"] = "blue" }));
        var outOfRange = await Assert.ThrowsAsync<InvalidAttributeValueException>(() => server.Client.SetQueueAttributesAsync(url, new() { ["VisibilityTimeout"] = "-1" }));
        Assert.Contains("VisibilityTimeout", outOfRange.Message);
        var missingTarget = await Assert.ThrowsAsync<InvalidAttributeValueException>(() => server.Client.SetQueueAttributesAsync(url, new()
        {
            ["RedrivePolicy"] = """{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:nowhere","maxReceiveCount":3}""",
        }));
        Assert.Contains("does not exist", missingTarget.Message);
        var fifo = await Assert.ThrowsAsync<UnsupportedOperationException>(() => server.Client.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = "orders.fifo", Attributes = new() { ["FifoQueue"] = "true" },
        }));
        Assert.Contains("FIFO", fifo.Message);
        var tags = await Assert.ThrowsAsync<UnsupportedOperationException>(() => server.Client.TagQueueAsync(new TagQueueRequest { QueueUrl = url, Tags = new() { ["team"] = "home" } }));
        Assert.Contains("TagQueue", tags.Message);
    }

    [Fact]
    public async Task Batches_report_each_entry_and_fail_only_the_bad_ones()
    {
        var url = await server.CreateQueueAsync(new() { ["MaximumMessageSize"] = "1024" });

        var sent = await server.Client.SendMessageBatchAsync(url,
        [
            new SendMessageBatchRequestEntry("a", "first") { MessageAttributes = new() { ["n"] = new MessageAttributeValue { DataType = "Number", StringValue = "1" } } },
            new SendMessageBatchRequestEntry("too-long", new string('x', 2000)),
            new SendMessageBatchRequestEntry("b", "second") { DelaySeconds = 0 },
        ]);

        Assert.Equal(["a", "b"], sent.Successful.Select(s => s.Id));
        var failure = Assert.Single(sent.Failed);
        Assert.Equal(("too-long", "InvalidParameterValue", true), (failure.Id, failure.Code, failure.SenderFault));

        var received = (await server.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, MaxNumberOfMessages = 10 })).Messages;
        Assert.Equal(["first", "second"], received.Select(m => m.Body));
        var deleted = await server.Client.DeleteMessageBatchAsync(url,
        [
            new DeleteMessageBatchRequestEntry("one", received[0].ReceiptHandle),
            new DeleteMessageBatchRequestEntry("bogus", "not a handle"),
            new DeleteMessageBatchRequestEntry("two", received[1].ReceiptHandle),
        ]);
        Assert.Equal(["one", "two"], deleted.Successful.Select(s => s.Id));
        Assert.Equal(("bogus", "ReceiptHandleIsInvalid"), (Assert.Single(deleted.Failed).Id, deleted.Failed[0].Code));

        await Assert.ThrowsAsync<BatchEntryIdsNotDistinctException>(() => server.Client.SendMessageBatchAsync(url,
            [new SendMessageBatchRequestEntry("same", "1"), new SendMessageBatchRequestEntry("same", "2")]));
        await Assert.ThrowsAsync<TooManyEntriesInBatchRequestException>(() => server.Client.SendMessageBatchAsync(url,
            Enumerable.Range(0, 11).Select(i => new SendMessageBatchRequestEntry($"m{i}", "x")).ToList()));
        await Assert.ThrowsAsync<EmptyBatchRequestException>(() => server.Client.DeleteMessageBatchAsync(url, []));
    }

    [Fact]
    public async Task Receive_parameters_outside_SQS_limits_are_refused()
    {
        var url = await server.CreateQueueAsync();

        var error = await Assert.ThrowsAsync<AmazonSQSException>(() => server.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, MaxNumberOfMessages = 11 }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Contains("MaxNumberOfMessages", error.Message);
    }
}
