namespace Arena.Functions.Hosting;

/// <summary>One Lambda function: takes the raw event JSON, returns the raw response JSON.</summary>
public interface IFunctionHandler
{
    Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context);
}
