using System.Text.Json;
using LiveScore.Lambda.Events;
using LiveScore.LocalCloud.Lambda;

namespace LiveScore.LocalCloud.Tests.Streams;

/// <summary>A stream function served inside the test (see <see cref="ScriptedFunction{TRecord}"/>), and the outcomes its script returns.</summary>
public static class ScriptedStreamFunction
{
    public static ScriptedFunction<DynamoDbStreamRecord> Start(LambdaService lambda, string functionId, Func<IReadOnlyList<DynamoDbStreamRecord>, InvocationOutcome> script) =>
        new(lambda, functionId, payload => JsonSerializer.Deserialize(payload, HostingJsonContext.Default.DynamoDbStreamEvent)!.Records, script);

    public static InvocationOutcome Succeed() => Respond(new BatchResponse());

    public static InvocationOutcome FailFrom(DynamoDbStreamRecord record) =>
        Respond(new BatchResponse { BatchItemFailures = [new BatchItemFailure { ItemIdentifier = record.Dynamodb.SequenceNumber }] });

    public static InvocationOutcome ReportIdentifier(string itemIdentifier) =>
        Respond(new BatchResponse { BatchItemFailures = [new BatchItemFailure { ItemIdentifier = itemIdentifier }] });

    public static InvocationOutcome Throw() => InvocationOutcome.Failure("InvalidOperationException", "poison record");

    private static InvocationOutcome Respond(BatchResponse response) =>
        new(true, JsonSerializer.SerializeToUtf8Bytes(response, HostingJsonContext.Default.BatchResponse), null);
}
