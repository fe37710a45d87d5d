using Arena.Functions.Hosting;

namespace Arena.Functions.Score;

public sealed class ScoreStreamHandler : IFunctionHandler
{
    public static IFunctionHandler Create() => new ScoreStreamHandler();

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context) =>
        throw new NotSupportedException("ScoreStreamHandler is not written yet.");
}
