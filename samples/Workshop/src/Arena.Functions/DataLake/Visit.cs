namespace Arena.Functions.DataLake;

/// <summary>A product visit as the form sends it, checked.</summary>
public sealed record VisitInput(
    string ProductId,
    string ProductName,
    string Category,
    decimal PricePerUnit,
    string CustomerId,
    string CustomerName,
    string TimeOfVisit);

/// <summary>A stored visit: its id is the id of the SQS message that carried it, so a redelivery stores nothing new.</summary>
public sealed record Visit(
    string VisitId,
    string ProductId,
    string ProductName,
    string Category,
    decimal PricePerUnit,
    string CustomerId,
    string CustomerName,
    string TimeOfVisit)
{
    public static Visit From(string visitId, VisitInput input) => new(
        visitId, input.ProductId, input.ProductName, input.Category, input.PricePerUnit, input.CustomerId, input.CustomerName, input.TimeOfVisit);
}
