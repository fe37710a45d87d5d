using Amazon.SQS;
using LiveScore.Lambda;
using LiveScore.Lambda.Http;

namespace Arena.Functions.DataLake;

/// <summary><c>visit-api</c>: HTTP API events in, visits API answers out.</summary>
public sealed class VisitApiHandler(VisitApi api) : IFunctionHandler
{
    public static IFunctionHandler Create() =>
        new VisitApiHandler(new VisitApi(new SqsVisitQueue(new AmazonSQSClient(new AmazonSQSConfig { Timeout = AwsServices.CallTimeout, MaxErrorRetry = AwsServices.CallRetries }), Settings.Required(DataLakeCatalog.QueueUrlVariable)), TimeProvider.System));

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context) =>
        HttpApiAdapter.HandleAsync(eventJson, context, api.HandleAsync);
}
