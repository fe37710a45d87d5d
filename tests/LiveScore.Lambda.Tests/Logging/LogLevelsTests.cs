using LiveScore.Lambda.Logging;

namespace LiveScore.Lambda.Tests.Logging;

public class LogLevelsTests
{
    [Theory]
    [InlineData("TRACE", LogLevel.Trace)]
    [InlineData("DEBUG", LogLevel.Debug)]
    [InlineData("INFO", LogLevel.Info)]
    [InlineData("WARN", LogLevel.Warn)]
    [InlineData("ERROR", LogLevel.Error)]
    [InlineData("FATAL", LogLevel.Fatal)]
    [InlineData(" warn ", LogLevel.Warn)]
    [InlineData(null, LogLevel.Info)]
    [InlineData("", LogLevel.Info)]
    [InlineData("VERBOSE", LogLevel.Info)]
    public void Parses_aws_lambda_log_level_with_info_as_the_default(string? value, LogLevel expected) =>
        Assert.Equal(expected, LogLevels.Parse(value));
}
