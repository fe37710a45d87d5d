namespace LiveScore.Lambda.Tests.Runtime;

/// <summary>
/// Every running loop sets the process-wide _X_AMZN_TRACE_ID, so test classes that run one share this collection
/// and never run at the same time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RuntimeLoopCollection
{
    public const string Name = "Runtime loop";
}
