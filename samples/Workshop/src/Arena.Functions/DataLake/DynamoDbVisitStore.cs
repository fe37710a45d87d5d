using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Arena.Functions.DataLake;

/// <summary>The ProductVisits table: one item per visit, written once.</summary>
public sealed class DynamoDbVisitStore(IAmazonDynamoDB dynamoDb, string tableName) : IVisitStore
{
    public async Task<bool> AddAsync(Visit visit, CancellationToken cancellationToken)
    {
        try
        {
            await dynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = tableName,
                Item = ToItem(visit),
                ConditionExpression = "attribute_not_exists(visitId)",
            }, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    public async Task<Visit?> GetAsync(string visitId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = tableName,
            Key = new Dictionary<string, AttributeValue> { ["visitId"] = new() { S = visitId } },
            ConsistentRead = true,
        }, cancellationToken);
        return response.Item is { Count: > 0 } item ? FromItem(item) : null;
    }

    private static Dictionary<string, AttributeValue> ToItem(Visit visit) => new()
    {
        ["visitId"] = new() { S = visit.VisitId },
        ["productId"] = new() { S = visit.ProductId },
        ["productName"] = new() { S = visit.ProductName },
        ["category"] = new() { S = visit.Category },
        ["pricePerUnit"] = new() { N = visit.PricePerUnit.ToString(CultureInfo.InvariantCulture) },
        ["customerId"] = new() { S = visit.CustomerId },
        ["customerName"] = new() { S = visit.CustomerName },
        ["timeOfVisit"] = new() { S = visit.TimeOfVisit },
    };

    private static Visit FromItem(Dictionary<string, AttributeValue> item) => new(
        item["visitId"].S,
        item["productId"].S,
        item["productName"].S,
        item["category"].S,
        decimal.Parse(item["pricePerUnit"].N, CultureInfo.InvariantCulture),
        item["customerId"].S,
        item["customerName"].S,
        item["timeOfVisit"].S);
}
