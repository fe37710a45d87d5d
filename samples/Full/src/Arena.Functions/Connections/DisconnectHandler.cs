using Arena.Functions.Hosting;

namespace Arena.Functions.Connections;

public sealed class DisconnectHandler : IFunctionHandler
{
    public static IFunctionHandler Create() => new DisconnectHandler();

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context) =>
        throw new NotSupportedException("DisconnectHandler is not written yet.");
}
