using Arena.Functions.Hosting;

namespace Arena.Functions.Connections;

public sealed class ConnectHandler : IFunctionHandler
{
    public static IFunctionHandler Create() => new ConnectHandler();

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context) =>
        throw new NotSupportedException("ConnectHandler is not written yet.");
}
