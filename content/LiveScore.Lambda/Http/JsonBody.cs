using System.Text.Json;

namespace LiveScore.Lambda.Http;

/// <summary>Parses a request body as one JSON object, refusing anything else with a field-named error.</summary>
public static class JsonBody
{
    /// <summary>Deep enough for any request these APIs take; deeper input is refused rather than walked.</summary>
    public const int MaxDepth = 8;

    /// <summary>Parses the body as one JSON object at most <see cref="MaxDepth"/> levels deep, each property named once; otherwise adds a <c>body</c> error.</summary>
    /// <returns>The document, which the caller disposes; null when an error was added.</returns>
    public static JsonDocument? ParseObject(ReadOnlyMemory<byte> body, ValidationErrors errors)
    {
        if (body.IsEmpty)
        {
            errors.Add("body", "A JSON object is required.");
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
