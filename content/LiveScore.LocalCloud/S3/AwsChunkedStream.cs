using System.Globalization;
using System.Text;

namespace LiveScore.LocalCloud.S3;

/// <summary>
/// Decodes an aws-chunked body, which AWS SDKs send to stream an upload of known length with its checksum in a trailer:
/// chunks of <c>{hex size}[;chunk-signature=...]\r\n{bytes}\r\n</c>, a last chunk of size 0, then trailer lines
/// <c>name:value\r\n</c> and an empty line. Chunk signatures are ignored, as the local cloud checks no signature.
/// </summary>
internal sealed class AwsChunkedStream(Stream inner) : Stream
{
    private readonly byte[] buffer = new byte[64 * 1024];
    private readonly Dictionary<string, string> trailers = new(StringComparer.OrdinalIgnoreCase);
    private int start;
    private int end;
    private long chunkRemaining;
    private bool finished;

    /// <summary>The trailer headers, complete once a read has returned 0.</summary>
    public IReadOnlyDictionary<string, string> Trailers => trailers;

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        if (finished || destination.IsEmpty) return 0;
        if (chunkRemaining == 0)
        {
            var header = await ReadLineAsync(cancellationToken);
            var sizeText = header.Split(';', 2)[0];
            if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out chunkRemaining) || chunkRemaining < 0)
            {
                throw S3Exception.IncompleteBody($"Invalid aws-chunked chunk header: '{header}'.");
            }
            if (chunkRemaining == 0)
            {
                await ReadTrailersAsync(cancellationToken);
                finished = true;
                return 0;
            }
        }
        if (start == end && !await FillAsync(cancellationToken)) throw S3Exception.IncompleteBody("The aws-chunked body ended inside a chunk.");
        var count = (int)Math.Min(Math.Min(destination.Length, end - start), chunkRemaining);
        buffer.AsSpan(start, count).CopyTo(destination.Span);
        start += count;
        chunkRemaining -= count;
        if (chunkRemaining == 0 && await ReadLineAsync(cancellationToken) != "")
        {
            throw S3Exception.IncompleteBody("An aws-chunked chunk is longer than its declared size.");
        }
        return count;
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    private async Task ReadTrailersAsync(CancellationToken cancellationToken)
    {
        for (var line = await ReadLineAsync(cancellationToken); line.Length > 0; line = await ReadLineAsync(cancellationToken))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) throw S3Exception.IncompleteBody($"Invalid aws-chunked trailer: '{line}'.");
            trailers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline >= 0)
            {
                var line = Encoding.ASCII.GetString(buffer, start, newline - start).TrimEnd('\r');
                start = newline + 1;
                return line;
            }
            // A body may end without the final empty line after the trailers: treat the end as that line.
            if (!await FillAsync(cancellationToken))
            {
                if (start == end) return "";
                throw S3Exception.IncompleteBody("The aws-chunked body ended inside a line.");
            }
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length) throw S3Exception.IncompleteBody("An aws-chunked header line is too long.");
        var read = await inner.ReadAsync(buffer.AsMemory(end), cancellationToken);
        end += read;
        return read > 0;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
