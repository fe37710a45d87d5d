using System.Text.Json;
using System.Text.Unicode;

namespace LiveScore.Lambda.Http;

/// <summary>Parses a request body as one JSON object, refusing anything else with a field-named error.</summary>
public static class JsonBody
{
    /// <summary>Deep enough for any request these APIs take; deeper input is refused rather than walked.</summary>
    public const int MaxDepth = 8;

    /// <summary>
    /// Refuses a body no JSON API reads: 413 when it is larger than <paramref name="maxBytes"/>, 415 when its
    /// Content-Type names another type than JSON (<c>application/json</c> or <c>application/*+json</c>). A body without
    /// a Content-Type is read as JSON: a Lambda console test event has no headers at all.
    /// </summary>
    /// <returns>The answer to send instead of handling the request; null when the body may be read.</returns>
    public static HttpResult? Refusal(HttpRequestData request, int maxBytes)
    {
        if (request.Body.Length > maxBytes)
        {
            return Responses.Problem(Problem.TooLarge(maxBytes));
        }
        if (!request.Body.IsEmpty && request.Header("content-type") is { } contentType && !IsJson(contentType))
        {
            return Responses.Problem(Problem.UnsupportedMediaType(contentType));
        }
        return null;
    }

    private static bool IsJson(string contentType)
    {
        var media = contentType.Split(';', 2)[0].Trim();
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Parses the body as one JSON object at most <see cref="MaxDepth"/> levels deep, each property named once; otherwise adds a <c>body</c> error.</summary>
    /// <returns>The document, which the caller disposes; null when an error was added.</returns>
    public static JsonDocument? ParseObject(ReadOnlyMemory<byte> body, ValidationErrors errors)
    {
        if (body.IsEmpty)
        {
            errors.Add("body", "A JSON object is required.");
            return null;
        }
        if (!Utf8.IsValid(body.Span))
        {
            // The JSON reader checks a string's UTF-8 only when the string is read: refuse the whole body up front.
            errors.Add("body", "Must be UTF-8 encoded JSON.");
            return null;
        }
        JsonDocument document;
        try
        {
            // A repeated property is refused rather than read as its last value, which another reader may not agree with.
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            errors.Add("body", $"Not valid JSON (nested deeper than {MaxDepth} levels, or a property repeated): {e.Message}");
            return null;
        }
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            errors.Add("body", $"A JSON object is required, not {document.RootElement.ValueKind}.");
            document.Dispose();
            return null;
        }
        return document;
    }
}
