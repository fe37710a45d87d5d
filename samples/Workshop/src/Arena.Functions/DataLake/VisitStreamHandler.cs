using System.Globalization;
using System.Text.Json;
using LiveScore.Lambda;
using LiveScore.Lambda.Events;
using LiveScore.Lambda.Logging;

namespace Arena.Functions.DataLake;

/// <summary>
/// <c>visit-stream</c>: new ProductVisits items → lake objects. All or nothing: when a write fails the invocation
/// fails and Lambda retries the batch (or its halves), which writes the same keys again.
/// </summary>
public sealed class VisitStreamHandler(ILake lake) : IFunctionHandler
{
    public static IFunctionHandler Create() => new VisitStreamHandler(new S3Lake(S3Lake.Client(), Settings.Required(DataLakeCatalog.LakeVariable)));

    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context)
    {
        var batch = JsonSerializer.Deserialize(eventJson.Span, HostingJsonContext.Default.DynamoDbStreamEvent)
            ?? throw new JsonException("The stream event is null.");
        // Visits are written once and never changed: only inserts carry new data.
        var visits = batch.Records
            .Where(r => r.EventName == StreamEventName.Insert && r.Dynamodb.NewImage is not null)
            .Select(r => (VisitOf(r.Dynamodb.NewImage!), r.EventId))
            .ToList();
        var objects = LakeBatch.Objects(visits);
        await Task.WhenAll(objects.Select(o => lake.PutAsync(o, context.CancellationToken)));
        foreach (var written in objects)
        {
            context.Log.Info("Lake object written.", [new("key", written.Key), new("visits", written.Visits.ToString(CultureInfo.InvariantCulture))]);
        }
        return JsonSerializer.SerializeToUtf8Bytes(new BatchResponse(), HostingJsonContext.Default.BatchResponse);
    }

    private static Visit VisitOf(IReadOnlyDictionary<string, AttributeValue> image) => new(
        image["visitId"].S ?? "",
        image["productId"].S ?? "",
        image["productName"].S ?? "",
        image["category"].S ?? "",
        decimal.Parse(image["pricePerUnit"].N ?? "0", CultureInfo.InvariantCulture),
        image["customerId"].S ?? "",
        image["customerName"].S ?? "",
        image["timeOfVisit"].S ?? "");
}
