using System.Buffers.Binary;
using System.Security.Cryptography;

namespace LiveScore.LocalCloud.S3;

/// <summary>
/// One of S3's flexible checksums, computed as the bytes stream by: the value a client sends in an x-amz-checksum-*
/// header or trailer is the base64 of the digest (CRCs big-endian).
/// </summary>
internal abstract class S3Checksum
{
    protected S3Checksum(string algorithm) => Algorithm = algorithm;

    /// <summary>CRC32, CRC32C, CRC64NVME, SHA1 or SHA256.</summary>
    public string Algorithm { get; }

    public string HeaderName => "x-amz-checksum-" + Algorithm.ToLowerInvariant();

    public abstract void Append(ReadOnlySpan<byte> data);

    public abstract string Value();

    /// <summary>The checksum for an algorithm name or header suffix (case-insensitive), or null for an unknown one.</summary>
    public static S3Checksum? For(string algorithm) => algorithm.ToUpperInvariant() switch
    {
        "CRC32" => new ReflectedCrc("CRC32", 0xEDB88320, 32),
        "CRC32C" => new ReflectedCrc("CRC32C", 0x82F63B78, 32),
        "CRC64NVME" => new ReflectedCrc("CRC64NVME", 0x9A6C9329AC4BC9B5, 64),
        "SHA1" => new Hash("SHA1", HashAlgorithmName.SHA1),
        "SHA256" => new Hash("SHA256", HashAlgorithmName.SHA256),
        _ => null,
    };

    private sealed class ReflectedCrc : S3Checksum
    {
        private static readonly Dictionary<ulong, ulong[]> Tables = [];
        private readonly ulong[] table;
        private readonly ulong mask;
        private readonly int width;
        private ulong crc;

        public ReflectedCrc(string algorithm, ulong polynomial, int width) : base(algorithm)
        {
            this.width = width;
            mask = width == 64 ? ulong.MaxValue : (1UL << width) - 1;
            crc = mask;
            lock (Tables)
            {
                if (!Tables.TryGetValue(polynomial, out table!)) Tables[polynomial] = table = BuildTable(polynomial);
            }
        }

        public override void Append(ReadOnlySpan<byte> data)
        {
            foreach (var b in data) crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        public override string Value()
        {
            var digest = new byte[8];
            BinaryPrimitives.WriteUInt64BigEndian(digest, ~crc & mask);
            return Convert.ToBase64String(digest, 8 - width / 8, width / 8);
        }

        private static ulong[] BuildTable(ulong polynomial)
        {
            var table = new ulong[256];
            for (ulong i = 0; i < 256; i++)
            {
                var value = i;
                for (var bit = 0; bit < 8; bit++) value = (value & 1) != 0 ? (value >> 1) ^ polynomial : value >> 1;
                table[i] = value;
            }
            return table;
        }
    }

    private sealed class Hash(string algorithm, HashAlgorithmName name) : S3Checksum(algorithm)
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(name);

        public override void Append(ReadOnlySpan<byte> data) => hash.AppendData(data);

        public override string Value() => Convert.ToBase64String(hash.GetHashAndReset());
    }
}
