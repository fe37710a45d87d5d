using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Arena.Functions.DataLake;

/// <summary>One object of the lake: gzip-compressed newline-delimited JSON, one visit per line.</summary>
public sealed record LakeObject(string Key, byte[] Content, int Visits);

/// <summary>
/// Turns a stream batch of visits into lake objects: one per day of visit, under
/// <c>visits/year=YYYY/month=MM/day=DD/</c>, named after the stream record id (eventID) of its first visit. The name
/// depends only on the batch, so processing the batch again overwrites the same objects instead of adding duplicates;
/// record ids are unique, so no other batch (nor a later run of a local cloud, whose sequence numbers start again)
/// writes the same name.
/// </summary>
public static class LakeBatch
{
    public const string Prefix = "visits/";

    public static IReadOnlyList<LakeObject> Objects(IReadOnlyList<(Visit Visit, string RecordId)> records) =>
        [.. records
            .GroupBy(r => Day(r.Visit))
            .Select(day => new LakeObject(
                $"{Prefix}year={day.Key:yyyy}/month={day.Key:MM}/day={day.Key:dd}/{day.First().RecordId}.json.gz",
                Compress(day.Select(r => r.Visit)),
                day.Count()))];

    /// <summary>The visits of a lake object, in order.</summary>
    public static IReadOnlyList<Visit> Read(byte[] content)
    {
        using var reader = new StreamReader(new GZipStream(new MemoryStream(content), CompressionMode.Decompress));
        var visits = new List<Visit>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            visits.Add(JsonSerializer.Deserialize(line, DataLakeJsonContext.Web.Visit)!);
        }
        return visits;
    }

    private static DateTime Day(Visit visit) =>
        DateTimeOffset.Parse(visit.TimeOfVisit, CultureInfo.InvariantCulture).UtcDateTime.Date;

    private static byte[] Compress(IEnumerable<Visit> visits)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            foreach (var visit in visits)
            {
                JsonSerializer.Serialize(gzip, visit, DataLakeJsonContext.Web.Visit);
                gzip.WriteByte((byte)'\n');
            }
        }
        return buffer.ToArray();
    }
}
