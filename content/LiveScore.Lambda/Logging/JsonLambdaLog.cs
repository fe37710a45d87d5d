using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LiveScore.Lambda.Logging;

/// <summary>
/// Writes one JSON object per line in Lambda's JSON log shape (timestamp, level, message, requestId, then the
/// extra fields), so CloudWatch Logs Insights can filter on any of them without parsing text.
/// </summary>
public sealed class JsonLambdaLog : ILambdaLog
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private readonly Stream output;
    private readonly LogLevel minimum;
    private readonly TimeProvider time;
    private readonly Lock gate = new();

    // One buffer and one writer for every line: a line is built whole and written with a single call, so
    // concurrent writers never interleave inside a line, and logging keeps no garbage per call.
    private readonly ArrayBufferWriter<byte> line = new(1024);
    private readonly Utf8JsonWriter json;

    /// <summary>A log that writes its lines to <paramref name="output"/>: standard output on Lambda, which sends it to CloudWatch Logs.</summary>
    /// <param name="minimum">Entries below this level are dropped.</param>
    /// <param name="time">Supplies each entry's timestamp.</param>
    public JsonLambdaLog(Stream output, LogLevel minimum, TimeProvider time)
    {
        this.output = output;
        this.minimum = minimum;
        this.time = time;
        // Log lines are read by people and log tools, never embedded in HTML: keep quotes and non-ASCII readable.
        json = new Utf8JsonWriter(line, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The CloudWatch namespace of the metrics <see cref="Count"/> writes, e.g. the functions' assembly name.</summary>
    public string MetricsNamespace { get; init; } = "LiveScore.Lambda";

    /// <summary>The <c>function</c> dimension of those metrics: the handler id.</summary>
    public string MetricsFunction { get; init; } = "";

    /// <inheritdoc/>
    public bool IsEnabled(LogLevel level) => level >= minimum;

    /// <summary>Writes the count as an INFO entry in CloudWatch's embedded metric format: metric <paramref name="metric"/>,
    /// unit Count, in <see cref="MetricsNamespace"/> with the dimension <c>function</c>.</summary>
    public void Count(string metric, int value) =>
        WriteLine(LogLevel.Info, metric, null, null, () =>
        {
            json.WriteStartObject("_aws"u8);
            json.WriteNumber("Timestamp"u8, time.GetUtcNow().ToUnixTimeMilliseconds());
            json.WriteStartArray("CloudWatchMetrics"u8);
            json.WriteStartObject();
            json.WriteString("Namespace"u8, MetricsNamespace);
            json.WriteStartArray("Dimensions"u8);
            json.WriteStartArray();
            json.WriteStringValue("function"u8);
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteStartArray("Metrics"u8);
            json.WriteStartObject();
            json.WriteString("Name"u8, metric);
            json.WriteString("Unit"u8, "Count"u8);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("function"u8, MetricsFunction);
            json.WriteNumber(metric, value);
        });

    /// <inheritdoc/>
    public void Write(LogLevel level, string message, IReadOnlyList<KeyValuePair<string, string>>? fields = null, Exception? exception = null) =>
        WriteLine(level, message, fields, exception, null);

    private void WriteLine(LogLevel level, string message, IReadOnlyList<KeyValuePair<string, string>>? fields, Exception? exception, Action? writeMore)
    {
        if (!IsEnabled(level))
        {
            return;
        }
        var now = time.GetUtcNow().UtcDateTime;
        var requestId = LogScope.RequestId;
        lock (gate)
        {
            line.ResetWrittenCount();
            json.Reset();
            json.WriteStartObject();
            Span<char> timestamp = stackalloc char[TimestampFormat.Length];
            now.TryFormat(timestamp, out var length, TimestampFormat, CultureInfo.InvariantCulture);
            json.WriteString("timestamp"u8, timestamp[..length]);
            json.WriteString("level"u8, LogLevels.Name(level));
            json.WriteString("message"u8, message);
            if (requestId is not null)
            {
                json.WriteString("requestId"u8, requestId);
            }
            if (fields is not null)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    json.WriteString(fields[i].Key, fields[i].Value);
                }
            }
            if (exception is not null)
            {
                WriteException(exception);
            }
            writeMore?.Invoke();
            json.WriteEndObject();
            json.Flush();
            line.GetSpan(1)[0] = (byte)'\n';
            line.Advance(1);
            output.Write(line.WrittenSpan);
            output.Flush();
        }
    }

    private void WriteException(Exception exception)
    {
        json.WriteString("errorType"u8, ExceptionDetails.TypeName(exception));
        json.WriteString("errorMessage"u8, exception.Message);
        json.WriteStartArray("stackTrace"u8);
        foreach (var frame in ExceptionDetails.StackTrace(exception))
        {
            json.WriteStringValue(frame);
        }
        json.WriteEndArray();
    }
}
