using LiveScore.Lambda.Catalog;
using LiveScore.Lambda.Runtime;

namespace LiveScore.Lambda;

/// <summary>The entry point of a functions executable (Lambda's <c>bootstrap</c>): what its Program.cs calls.</summary>
public static class LambdaHost
{
    /// <summary>
    /// Serves the function whose handler id Lambda puts in <c>_HANDLER</c>, through the Runtime API named by
    /// <c>AWS_LAMBDA_RUNTIME_API</c>, until the environment ends. Returns the process exit code: an unknown handler or
    /// a handler that fails to start is reported to <c>/init/error</c> and ends the process with a failure.
    /// </summary>
    /// <param name="findFunction">Finds a function of the application by its handler id; null when there is none.</param>
    /// <param name="metricsNamespace">The CloudWatch namespace of the metrics the functions count (<see cref="ILambdaLog.Count"/>).</param>
    public static async Task<int> RunAsync(Func<string, FunctionDefinition?> findFunction, string metricsNamespace)
    {
        await using var stdout = Console.OpenStandardOutput();
        return await LambdaBootstrap.RunAsync(Environment.GetEnvironmentVariable, findFunction, stdout, CancellationToken.None, metricsNamespace);
    }
}
