namespace LiveScore.Lambda.Tests.Runtime;

/// <summary>A handler whose behaviour each test writes inline.</summary>
internal sealed class DelegateHandler(Func<ReadOnlyMemory<byte>, InvocationContext, Task<byte[]>> invoke) : IFunctionHandler
{
    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context) => invoke(eventJson, context);
}
