using System.Text;
using LiveScore.Lambda.Logging;

namespace LiveScore.Lambda.Tests.Logging;

public class JsonLambdaLogTests
{
    private static readonly FixedTimeProvider Time = new(new DateTimeOffset(2024, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(2)));

    [Fact]
    public async Task Writes_one_object_per_line_in_the_lambda_json_shape()
    {
        var output = new MemoryStream();
        var log = new JsonLambdaLog(output, LogLevel.Info, Time);

        await InScopeAsync("req-1", () => log.Info("player \"ann\" scored 3 points — café", [new("table", "Players"), new("playerId", "p-1")]));
        log.Warn("outside any invocation");

        Assert.Equal(
            """
            {"timestamp":"2024-01-02T01:04:05.678Z","level":"INFO","message":"player \"ann\" scored 3 points — café","requestId":"req-1","table":"Players","playerId":"p-1"}
            {"timestamp":"2024-01-02T01:04:05.678Z","level":"WARN","message":"outside any invocation"}

            """.ReplaceLineEndings("\n"),
            Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task A_count_is_a_cloudwatch_embedded_metric_in_the_same_line_shape()
    {
        var output = new MemoryStream();
        var log = new JsonLambdaLog(output, LogLevel.Info, Time) { MetricsNamespace = "Arena.Functions", MetricsFunction = "score-stream" };

        await InScopeAsync("req-2", () => log.Count("FailedPushes", 3));

        Assert.Equal(
            """
            {"timestamp":"2024-01-02T01:04:05.678Z","level":"INFO","message":"FailedPushes","requestId":"req-2","_aws":{"Timestamp":1704157445678,"CloudWatchMetrics":[{"Namespace":"Arena.Functions","Dimensions":[["function"]],"Metrics":[{"Name":"FailedPushes","Unit":"Count"}]}]},"function":"score-stream","FailedPushes":3}

            """.ReplaceLineEndings("\n"),
            Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void A_log_with_a_field_adds_it_to_every_entry_first()
    {
        var output = new MemoryStream();
        var log = new JsonLambdaLog(output, LogLevel.Info, Time).With("changeId", "c-1");

        log.Warn("The push failed.", [new("connectionId", "k-1")]);

        var line = Assert.Single(LogLines.Parse(output));
        Assert.Equal("c-1", line.Property("changeId"));
        Assert.Equal("k-1", line.Property("connectionId"));
    }

    [Fact]
    public void An_exception_adds_its_type_message_and_frames()
    {
        var output = new MemoryStream();
        var log = new JsonLambdaLog(output, LogLevel.Info, Time);
        Exception caught;
        try
        {
            ThrowNested();
            return;
        }
        catch (Exception exception)
        {
            caught = exception;
        }

        log.Error("save failed", caught);

        var line = Assert.Single(LogLines.Parse(output));
        Assert.Equal("System.InvalidOperationException", line.Property("errorType"));
        Assert.Equal("outer", line.Property("errorMessage"));
        var frames = line.GetProperty("stackTrace").EnumerateArray().Select(frame => frame.GetString()!).ToList();
        Assert.Contains(frames, frame => frame.Contains(nameof(ThrowNested)));
        Assert.Contains("caused by System.ArgumentException: inner", frames);
    }

    [Theory]
    [InlineData(LogLevel.Trace, "TRACE,DEBUG,INFO,WARN,ERROR,FATAL")]
    [InlineData(LogLevel.Info, "INFO,WARN,ERROR,FATAL")]
    [InlineData(LogLevel.Warn, "WARN,ERROR,FATAL")]
    [InlineData(LogLevel.Fatal, "FATAL")]
    public void Lines_below_the_threshold_are_dropped(LogLevel threshold, string expected)
    {
        var output = new MemoryStream();
        var log = new JsonLambdaLog(output, threshold, Time);

        foreach (var level in Enum.GetValues<LogLevel>())
        {
            log.Write(level, "x");
        }

        Assert.Equal(expected, string.Join(',', LogLines.Parse(output).Select(line => line.Property("level"))));
        Assert.Equal(expected.Split(','), Enum.GetValues<LogLevel>().Where(log.IsEnabled).Select(LogLevels.Name));
    }

    [Fact]
    public void The_convenience_methods_write_their_level()
    {
        var output = new MemoryStream();
        var log = new JsonLambdaLog(output, LogLevel.Trace, Time);

        log.Debug("d");
        log.Info("i");
        log.Warn("w");
        log.Error("e");
        log.Fatal("f");

        Assert.Equal(
            ["DEBUG:d", "INFO:i", "WARN:w", "ERROR:e", "FATAL:f"],
            LogLines.Parse(output).Select(line => $"{line.Property("level")}:{line.Property("message")}"));
    }

    [Fact]
    public void Concurrent_writers_never_interleave_within_a_line()
    {
        var output = new MemoryStream();
        var log = new JsonLambdaLog(output, LogLevel.Info, Time);
        var longText = new string('y', 2_000);

        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            log.Info($"message {i}", [new("padding", longText)]));

        var messages = LogLines.Parse(output).Select(line => line.Property("message")!).ToHashSet();
        Assert.Equal(Enumerable.Range(0, 2_000).Select(i => $"message {i}").ToHashSet(), messages);
    }

    private static async Task InScopeAsync(string requestId, Action write)
    {
        // Set inside an async method, the scope ends when the method returns.
        LogScope.RequestId = requestId;
        await Task.Yield();
        write();
    }

    private static void ThrowNested()
    {
        try
        {
            throw new ArgumentException("inner");
        }
        catch (ArgumentException inner)
        {
            throw new InvalidOperationException("outer", inner);
        }
    }
}
