using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveScore.Lambda.Http;

/// <summary>Options for JSON that browsers and scripts read.</summary>
public static class WebJson
{
    /// <summary>
    /// Clients read these bodies as JSON, never as HTML: the relaxed encoder keeps quotes and angle brackets
    /// readable instead of \u0022-escaping them, while JSON escaping still applies.
    /// </summary>
    public static JsonSerializerOptions Options() => new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
