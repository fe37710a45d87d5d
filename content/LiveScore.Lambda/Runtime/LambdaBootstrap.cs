using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Logging;

namespace LiveScore.Lambda.Runtime;

/// <summary>
/// Startup of the bootstrap executable: settings from the environment, the handler named by <c>_HANDLER</c>,
/// then the Runtime API loop. Returns the process exit code.
/// </summary>
public static class LambdaBootstrap
{
    /// <summary>Exit code after the Runtime API loop was stopped.</summary>
    public const int Succeeded = 0;
    /// <summary>Exit code when the runtime could not start or the Runtime API failed.</summary>
    public const int Failed = 1;

    /// <summary>Starts the function named by <c>_HANDLER</c> and serves its invocations until stopped or failed.</summary>
    /// <param name="environment">Reads one environment variable; null when it is unset.</param>
    /// <param name="findFunction">Finds a function by its handler id; null when there is none.</param>
    /// <param name="logOutput">Where JSON log lines go; standard output on Lambda.</param>
    /// <param name="stoppingToken">Ends the loop while it waits for the next event.</param>
    /// <param name="metricsNamespace">The CloudWatch namespace of the metrics the function counts.</param>
    /// <returns><see cref="Succeeded"/> or <see cref="Failed"/>.</returns>
    public static async Task<int> RunAsync(
        Func<string, string?> environment,
        Func<string, FunctionDefinition?> findFunction,
        Stream logOutput,
        CancellationToken stoppingToken,
        string metricsNamespace = "LiveScore.Lambda")
    {
        var settings = RuntimeSettings.Read(environment);
        var log = new JsonLambdaLog(logOutput, settings.LogLevel, TimeProvider.System)
        {
            MetricsNamespace = metricsNamespace,
            MetricsFunction = settings.HandlerId ?? "",
        };
        if (settings.RuntimeApi is null || !Uri.TryCreate($"http://{settings.RuntimeApi}/", UriKind.Absolute, out _))
        {
            log.Fatal($"{RuntimeSettings.RuntimeApiVariable} is missing or invalid ('{settings.RuntimeApi}'); bootstrap needs a Lambda Runtime API to serve.");
            return Failed;
        }

        using var api = new RuntimeApiClient(settings.RuntimeApi);
        IFunctionHandler handler;
        try
        {
            handler = CreateHandler(settings.HandlerId, findFunction);
        }
        catch (InitFailure failure)
        {
            await ReportInitFailureAsync(api, failure, log);
            return Failed;
        }

        try
        {
            await new LambdaRuntime(api, handler, settings.FunctionName, log, TimeProvider.System).RunAsync(stoppingToken);
            return Succeeded;
        }
        catch (Exception exception)
        {
            // Exiting makes Lambda discard this environment and start a fresh one.
            log.Fatal("The Runtime API failed; exiting.", exception);
            return Failed;
        }
    }

    private static IFunctionHandler CreateHandler(string? handlerId, Func<string, FunctionDefinition?> findFunction)
    {
        if (handlerId is null)
        {
            throw new InitFailure(RuntimeErrorTypes.NoSuchHandler, $"{RuntimeSettings.HandlerVariable} is not set; it must name the handler id of a function.");
        }
        var function = findFunction(handlerId)
            ?? throw new InitFailure(RuntimeErrorTypes.NoSuchHandler, $"No function has the handler id '{handlerId}'.");
        try
        {
            return function.Create();
        }
        catch (Exception exception)
        {
            throw new InitFailure(RuntimeErrorTypes.ConfigInvalid, $"Creating the handler '{handlerId}' failed: {exception.Message}", exception);
        }
    }

    private static async Task ReportInitFailureAsync(RuntimeApiClient api, InitFailure failure, ILambdaLog log)
    {
        log.Fatal(failure.Message, failure.InnerException);
        try
        {
            await api.PostInitErrorAsync(failure.ToPayload(), failure.ErrorType, CancellationToken.None);
        }
        catch (Exception exception)
        {
            log.Error("Reporting the init error to the Runtime API failed.", exception);
        }
    }
}
