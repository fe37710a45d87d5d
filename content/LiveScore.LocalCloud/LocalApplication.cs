using LiveScore.Lambda.Catalog;

namespace LiveScore.LocalCloud;

/// <summary>What the local cloud runs: the application's catalog and the executable that serves its functions.</summary>
/// <param name="FunctionsExecutable">
/// The functions' executable (Lambda's <c>bootstrap</c>): an apphost, or a .dll run with <c>dotnet exec</c>.
/// </param>
public sealed record LocalApplication(
    IReadOnlyList<FunctionDefinition> Functions,
    IReadOnlyList<TableDefinition> Tables,
    IReadOnlyList<TopicDefinition> Topics,
    string FunctionsExecutable)
{
    /// <summary>The SQS queues, each created with its dead-letter queue.</summary>
    public IReadOnlyList<QueueDefinition> Queues { get; init; } = [];

    /// <summary>The S3 buckets, created as folders of the local S3 endpoint.</summary>
    public IReadOnlyList<BucketDefinition> Buckets { get; init; } = [];

    /// <summary>
    /// The functions project's build output as a project reference copies it next to the host: <c>bootstrap.dll</c>
    /// in <paramref name="directory"/> (by default the host's own directory).
    /// </summary>
    public static string BootstrapBeside(string? directory = null) => Path.Combine(directory ?? AppContext.BaseDirectory, "bootstrap.dll");
}
