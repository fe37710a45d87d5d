using System.Net;
using System.Text;
using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Logging;
using LiveScore.Lambda.Runtime;
using LiveScore.Lambda.Tests.Logging;

namespace LiveScore.Lambda.Tests.Runtime;

/// <summary>The startup path Program runs, in-process, with a fake environment.</summary>
[Collection(RuntimeLoopCollection.Name)]
public class LambdaBootstrapTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static readonly FunctionDefinition EchoFunction = new("echo", "Echoes its event.", () =>
        new DelegateHandler((eventJson, context) =>
        {
            context.Log.Info("echoing");
            context.Log.Error("echo is noisy");
            return Task.FromResult(Encoding.UTF8.GetBytes($"{context.FunctionName}:{Encoding.UTF8.GetString(eventJson.Span)}"));
        }));

    private static readonly FunctionDefinition MisconfiguredFunction = new("misconfigured", "Needs a table.", () =>
        throw new InvalidOperationException("PLAYERS_TABLE is not set."));

    private static FunctionDefinition? FindTestFunction(string id) =>
        new[] { EchoFunction, MisconfiguredFunction }.SingleOrDefault(f => f.Id == id);

    [Fact]
    public async Task An_unknown_handler_id_is_reported_as_an_init_error_and_fails_the_process()
    {
        await using var api = FakeRuntimeApi.Start();
        var logOutput = new MemoryStream();

        var exitCode = await RunAsync(Environment(api, handler: "no-such-handler"), FindTestFunction, logOutput);

        Assert.NotEqual(LambdaBootstrap.Succeeded, exitCode);
        var initError = await api.NextOutcomeAsync();
        Assert.Equal(FakeRuntimeApi.InitErrorPath, initError.Path);
        Assert.Equal(RuntimeErrorTypes.NoSuchHandler, initError.ErrorTypeHeader);
        Assert.Equal(RuntimeErrorTypes.NoSuchHandler, initError.Json.GetProperty("errorType").GetString());
        Assert.Contains("'no-such-handler'", initError.Json.GetProperty("errorMessage").GetString());
        Assert.Contains("'no-such-handler'", initError.Text); // readable as sent, not \u0027-escaped
        Assert.Equal(0, initError.Json.GetProperty("stackTrace").GetArrayLength());
        var fatal = Assert.Single(LogLines.Parse(logOutput));
        Assert.Equal("FATAL", fatal.Property("level"));
    }

    [Fact]
    public async Task A_missing_handler_setting_is_reported_as_an_init_error()
    {
        await using var api = FakeRuntimeApi.Start();

        var exitCode = await RunAsync(Environment(api, handler: null), FindTestFunction);

        Assert.NotEqual(LambdaBootstrap.Succeeded, exitCode);
        var initError = await api.NextOutcomeAsync();
        Assert.Equal(FakeRuntimeApi.InitErrorPath, initError.Path);
        Assert.Equal(RuntimeErrorTypes.NoSuchHandler, initError.ErrorTypeHeader);
        Assert.Contains("_HANDLER", initError.Json.GetProperty("errorMessage").GetString());
    }

    [Fact]
    public async Task A_handler_factory_that_throws_is_reported_as_invalid_configuration()
    {
        await using var api = FakeRuntimeApi.Start();

        var exitCode = await RunAsync(Environment(api, handler: "misconfigured"), FindTestFunction);

        Assert.NotEqual(LambdaBootstrap.Succeeded, exitCode);
        var initError = await api.NextOutcomeAsync();
        Assert.Equal(FakeRuntimeApi.InitErrorPath, initError.Path);
        Assert.Equal(RuntimeErrorTypes.ConfigInvalid, initError.ErrorTypeHeader);
        Assert.Equal("System.InvalidOperationException", initError.Json.GetProperty("errorType").GetString());
        Assert.Contains("PLAYERS_TABLE is not set.", initError.Json.GetProperty("errorMessage").GetString());
        Assert.NotEmpty(initError.StackTrace);
    }

    [Fact]
    public async Task Without_a_runtime_api_the_process_fails_at_once()
    {
        var logOutput = new MemoryStream();

        var exitCode = await RunAsync(new Dictionary<string, string> { ["_HANDLER"] = "echo" }, FindTestFunction, logOutput);

        Assert.NotEqual(LambdaBootstrap.Succeeded, exitCode);
        var fatal = Assert.Single(LogLines.Parse(logOutput));
        Assert.Equal("FATAL", fatal.Property("level"));
        Assert.Contains(RuntimeSettings.RuntimeApiVariable, fatal.Property("message"));
    }

    [Theory]
    [InlineData("live-score-echo", "live-score-echo")]
    [InlineData(null, "echo")]
    public async Task A_known_handler_serves_until_stopped_under_the_function_name(string? functionName, string expectedName)
    {
        await using var api = FakeRuntimeApi.Start();
        var environment = Environment(api, handler: "echo");
        if (functionName is not null)
        {
            environment[RuntimeSettings.FunctionNameVariable] = functionName;
        }
        using var stopping = new CancellationTokenSource();
        var running = LambdaBootstrap.RunAsync(Read(environment), FindTestFunction, Stream.Null, stopping.Token);

        api.Enqueue(FakeEvent.Json("req-1", "{}"));
        var response = await api.NextOutcomeAsync();
        await stopping.CancelAsync();

        Assert.Equal(LambdaBootstrap.Succeeded, await running.WaitAsync(Patience));
        Assert.Equal(FakeRuntimeApi.ResponsePath("req-1"), response.Path);
        Assert.Equal($"{expectedName}:{{}}", response.Text);
    }

    [Fact]
    public async Task The_log_level_comes_from_the_environment()
    {
        await using var api = FakeRuntimeApi.Start();
        var environment = Environment(api, handler: "echo");
        environment[LogLevels.Variable] = "ERROR";
        var logOutput = new MemoryStream();
        using var stopping = new CancellationTokenSource();
        var running = LambdaBootstrap.RunAsync(Read(environment), FindTestFunction, logOutput, stopping.Token);

        api.Enqueue(FakeEvent.Json("req-1", "{}"));
        await api.NextOutcomeAsync();
        await stopping.CancelAsync();
        await running.WaitAsync(Patience);

        var line = Assert.Single(LogLines.Parse(logOutput));
        Assert.Equal(("ERROR", "echo is noisy", "req-1"), (line.Property("level"), line.Property("message"), line.Property("requestId")));
    }

    [Fact]
    public async Task A_failing_runtime_api_ends_the_process_with_a_failure()
    {
        await using var api = FakeRuntimeApi.Start();
        api.Enqueue(FakeEvent.Failure(HttpStatusCode.InternalServerError));
        var logOutput = new MemoryStream();

        var exitCode = await RunAsync(Environment(api, handler: "echo"), FindTestFunction, logOutput);

        Assert.NotEqual(LambdaBootstrap.Succeeded, exitCode);
        var fatal = Assert.Single(LogLines.Parse(logOutput));
        Assert.Equal("FATAL", fatal.Property("level"));
        Assert.Contains("500", fatal.Property("errorMessage"));
    }

    private static Dictionary<string, string> Environment(FakeRuntimeApi api, string? handler)
    {
        var environment = new Dictionary<string, string> { [RuntimeSettings.RuntimeApiVariable] = api.Address };
        if (handler is not null)
        {
            environment[RuntimeSettings.HandlerVariable] = handler;
        }
        return environment;
    }

    private static Func<string, string?> Read(Dictionary<string, string> environment) =>
        name => environment.GetValueOrDefault(name);

    private static Task<int> RunAsync(
        Dictionary<string, string> environment, Func<string, FunctionDefinition?> find, MemoryStream? logOutput = null) =>
        LambdaBootstrap.RunAsync(Read(environment), find, logOutput ?? new MemoryStream(), CancellationToken.None).WaitAsync(Patience);
}
