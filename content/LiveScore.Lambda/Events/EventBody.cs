using System.Text;

namespace LiveScore.Lambda.Events;

/// <summary>API Gateway carries bodies as JSON strings: base64 for binary content, the text itself otherwise.</summary>
internal static class EventBody
{
    public static byte[] Decode(string? body, bool isBase64Encoded) =>
        body is null ? []
        : isBase64Encoded ? Convert.FromBase64String(body)
        : Encoding.UTF8.GetBytes(body);
}
