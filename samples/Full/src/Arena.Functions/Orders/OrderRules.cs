using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LiveScore.Lambda.Http;

namespace Arena.Functions.Orders;

/// <summary>Validation of order requests: every problem is reported against the field it concerns.</summary>
public static class OrderRules
{
    public const int MaxBodyBytes = 16 * 1024;
    public const int MaxNameLength = 100;
    public const int MaxQuantity = 1000;
    public const int MaxIdempotencyKeyLength = 255;
    public const string IdempotencyHeader = "Idempotency-Key";

    public static OrderInput? ForPlace(ReadOnlyMemory<byte> body, ValidationErrors errors)
    {
        using var document = JsonBody.ParseObject(body, errors);
        if (document is null)
        {
            return null;
        }
        var root = document.RootElement;
        var customer = JsonFields.RequiredText(root, "customerName", MaxNameLength, errors);
        var product = JsonFields.RequiredText(root, "productName", MaxNameLength, errors);
        var quantity = JsonFields.OptionalInteger(root, "quantity", 1, MaxQuantity, fallback: 1, errors);
        return errors.IsEmpty ? new OrderInput(customer!, product!, (int)quantity!.Value) : null;
    }

    /// <summary>Checks the Idempotency-Key header of <paramref name="ownerId"/>'s request; null when absent.</summary>
    public static IdempotencyClaim? Claim(string? key, OrderInput input, string? ownerId, ValidationErrors errors)
    {
        if (key is null)
        {
            return null;
        }
        if (key.Length is 0 or > MaxIdempotencyKeyLength || key.Any(c => c is < '!' or > '~' or ','))
        {
            errors.Add(IdempotencyHeader, $"Must be one header of 1–{MaxIdempotencyKeyLength} visible ASCII characters other than ','.");
            return null;
        }
        var canonical = JsonSerializer.Serialize(input, OrderJsonContext.Default.OrderInput);
        return new IdempotencyClaim(key, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))), ownerId);
    }
}
