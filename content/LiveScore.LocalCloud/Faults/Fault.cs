using System.Text.Json.Serialization;

namespace LiveScore.LocalCloud.Faults;

/// <summary>
/// A failure the local cloud makes happen on purpose, to show what the functions do when AWS misbehaves. Posted to
/// <c>/_local/faults</c> as JSON, e.g. <c>{"target":"sns","fault":"lost-reply"}</c>.
/// </summary>
/// <param name="Target"><c>sns</c>, <c>connections</c> (the <c>@connections</c> API), <c>dynamodb</c> or <c>function</c>.</param>
/// <param name="Kind">
/// sns: <c>error</c> (500, nothing published), <c>slow</c> (published, answered after <paramref name="Seconds"/>),
/// <c>lost-reply</c> (published, the connection dropped before the answer);
/// connections: <c>gone</c> (410, not delivered), <c>error</c> (500, not delivered), <c>slow</c> (delivered after
/// <paramref name="Seconds"/>); dynamodb: <c>unavailable</c> (every table call answers 503 for <paramref name="Seconds"/>);
/// function: <c>crash</c> (the process dies after its next invocation's work, before its answer reaches Lambda),
/// <c>timeout</c> (the next invocation's deadline passes as it starts).
/// </param>
/// <param name="Times">How many calls (or invocations) it hits; ignored by <c>dynamodb</c>, which is time-bound.</param>
/// <param name="Seconds">How slow a <c>slow</c> answer is, or how long <c>dynamodb</c> stays unavailable.</param>
/// <param name="Function">The function id a <c>function</c> fault hits.</param>
public sealed record Fault(string Target, [property: JsonPropertyName("fault")] string Kind, int Times = 1, double Seconds = 0, string? Function = null)
{
    public const string Sns = "sns";
    public const string Connections = "connections";
    public const string DynamoDb = "dynamodb";
    public const string FunctionTarget = "function";

    public const string Error = "error";
    public const string Slow = "slow";
    public const string LostReply = "lost-reply";
    public const string Gone = "gone";
    public const string Unavailable = "unavailable";
    public const string Crash = "crash";
    public const string Timeout = "timeout";

    /// <summary>The faults each target knows.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Kinds = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Sns] = [Error, Slow, LostReply],
        [Connections] = [Gone, Error, Slow],
        [DynamoDb] = [Unavailable],
        [FunctionTarget] = [Crash, Timeout],
    };

    /// <summary>What is wrong with this fault, by field; empty when it can be switched on.</summary>
    /// <param name="functionExists">Whether the application has a function with the given id.</param>
    public Dictionary<string, string> Problems(Func<string, bool> functionExists)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Kinds.TryGetValue(Target ?? "", out var kinds))
        {
            problems["target"] = $"must be one of {string.Join(", ", Kinds.Keys)}";
            return problems;
        }
        if (!kinds.Contains(Kind, StringComparer.Ordinal))
        {
            problems["fault"] = $"{Target} faults are {string.Join(", ", kinds)}";
        }
        if (Times is < 1 or > 1000)
        {
            problems["times"] = "must be between 1 and 1000";
        }
        if (Seconds is < 0 or > 300 || double.IsNaN(Seconds) || ((Kind is Slow or Unavailable) && Seconds == 0))
        {
            problems["seconds"] = Kind is Slow or Unavailable ? "must be more than 0 and at most 300" : "must be between 0 and 300";
        }
        if (Target == FunctionTarget && (Function is null || !functionExists(Function)))
        {
            problems["function"] = Function is null ? "names the function a function fault hits" : $"no function has the id '{Function}'";
        }
        return problems;
    }
}
