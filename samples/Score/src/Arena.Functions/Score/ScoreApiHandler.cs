using Arena.Functions.Hosting;

namespace Arena.Functions.Score;

public sealed class ScoreApiHandler : IFunctionHandler
{
    public static IFunctionHandler Create() => new ScoreApiHandler();

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context) =>
        throw new NotSupportedException("ScoreApiHandler is not written yet.");
}
