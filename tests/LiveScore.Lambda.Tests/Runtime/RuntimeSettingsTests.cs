using LiveScore.Lambda.Runtime;

namespace LiveScore.Lambda.Tests.Runtime;

public class RuntimeSettingsTests
{
    [Fact]
    public void Reads_what_lambda_sets()
    {
        var settings = RuntimeSettings.Read(new Dictionary<string, string>
        {
            ["AWS_LAMBDA_RUNTIME_API"] = "127.0.0.1:9001",
            ["_HANDLER"] = "score-api",
            ["AWS_LAMBDA_FUNCTION_NAME"] = "LiveScore-ScoreApi-1A2B",
            ["AWS_LAMBDA_LOG_LEVEL"] = "DEBUG",
        }.GetValueOrDefault);

        Assert.Equal(new RuntimeSettings("127.0.0.1:9001", "score-api", "LiveScore-ScoreApi-1A2B", LogLevel.Debug), settings);
    }

    [Fact]
    public void Blank_values_count_as_missing_and_the_function_name_falls_back_to_the_handler_id()
    {
        var settings = RuntimeSettings.Read(new Dictionary<string, string>
        {
            ["AWS_LAMBDA_RUNTIME_API"] = " ",
            ["_HANDLER"] = "score-api",
            ["AWS_LAMBDA_FUNCTION_NAME"] = "",
        }.GetValueOrDefault);

        Assert.Equal(new RuntimeSettings(null, "score-api", "score-api", LogLevel.Info), settings);
    }
}
