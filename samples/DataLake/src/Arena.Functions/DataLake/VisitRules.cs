using System.Globalization;
using System.Text.Json;
using LiveScore.Lambda;
using LiveScore.Lambda.Http;

namespace Arena.Functions.DataLake;

/// <summary>Validation of visits: every problem is reported against the field it concerns.</summary>
public static class VisitRules
{
    public const int MaxBodyBytes = 16 * 1024;
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 200;
    public const decimal MaxPrice = 1_000_000m;

    /// <summary>How far in the future a visit's time may be, for clocks that run ahead.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static VisitInput? ForVisit(ReadOnlyMemory<byte> body, DateTimeOffset now, ValidationErrors errors)
    {
        using var document = JsonBody.ParseObject(body, errors);
        if (document is null)
        {
            return null;
        }
        var root = document.RootElement;
        var productId = Id(root, "productId", errors);
        var productName = JsonFields.RequiredText(root, "productName", MaxNameLength, errors);
        var category = JsonFields.RequiredText(root, "category", MaxNameLength, errors);
        var price = Price(root, errors);
        var customerId = Id(root, "customerId", errors);
        var customerName = JsonFields.RequiredText(root, "customerName", MaxNameLength, errors);
        var time = TimeOfVisit(root, now, errors);
        return errors.IsEmpty ? new VisitInput(productId!, productName!, category!, price!.Value, customerId!, customerName!, time!) : null;
    }

    private static string? Id(JsonElement root, string field, ValidationErrors errors)
    {
        var id = JsonFields.RequiredText(root, field, MaxIdLength, errors);
        if (id is not null && !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            errors.Add(field, "Must be letters, digits, '-', '_' or '.'.");
            return null;
        }
        return id;
    }

    private static decimal? Price(JsonElement root, ValidationErrors errors)
    {
        if (!root.TryGetProperty("pricePerUnit", out var element) || element.ValueKind != JsonValueKind.Number
            || !element.TryGetDecimal(out var price) || price < 0 || price > MaxPrice || decimal.Round(price, 2) != price)
        {
            errors.Add("pricePerUnit", $"Must be a number from 0 to {MaxPrice.ToString(CultureInfo.InvariantCulture)} with at most 2 decimals.");
            return null;
        }
        return price;
    }

    /// <summary>An ISO 8601 time with an offset, not after now (plus <see cref="ClockSkew"/>); kept as UTC text.</summary>
    private static string? TimeOfVisit(JsonElement root, DateTimeOffset now, ValidationErrors errors)
    {
        var text = JsonFields.RequiredText(root, "timeOfVisit", 40, errors);
        if (text is null)
        {
            return null;
        }
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) || !HasOffset(text)
            || time > now + ClockSkew || time.Year < 2000)
        {
            errors.Add("timeOfVisit", "Must be an ISO 8601 time with an offset (e.g. 2026-01-15T09:30:00Z), not in the future.");
            return null;
        }
        return Timestamps.Format(time);
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
