using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace LiveScore.LocalCloud.Sqs;

/// <summary>The MD5 digests SQS returns so clients can check what arrived; the SDKs recompute them and refuse a mismatch.</summary>
internal static class SqsMessageDigest
{
    public static string OfBody(string body) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(body)));

    /// <summary>
    /// SQS's digest of message attributes: for each attribute in ordinal name order, the name, the data type and the
    /// value, each as a 4-byte big-endian length and its bytes, with a transport byte (1 string, 2 binary) before the value.
    /// </summary>
    public static string? OfAttributes(IReadOnlyDictionary<string, SqsMessageAttribute> attributes)
    {
        if (attributes.Count == 0) return null;
        using var buffer = new MemoryStream();
        foreach (var (name, attribute) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            WriteField(buffer, Encoding.UTF8.GetBytes(name));
            WriteField(buffer, Encoding.UTF8.GetBytes(attribute.DataType));
            if (attribute.IsBinary)
            {
                buffer.WriteByte(2);
                WriteField(buffer, attribute.BinaryValue ?? []);
            }
            else
            {
                buffer.WriteByte(1);
                WriteField(buffer, Encoding.UTF8.GetBytes(attribute.StringValue ?? ""));
            }
        }
        return Convert.ToHexStringLower(MD5.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    private static void WriteField(Stream stream, ReadOnlySpan<byte> bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        stream.Write(length);
        stream.Write(bytes);
    }
}
