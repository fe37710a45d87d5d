namespace LiveScore.Lambda;

/// <summary>One Lambda function: takes the raw event JSON, returns the raw response JSON.</summary>
public interface IFunctionHandler
{
    /// <param name="eventJson">The event; its buffer is reused for the next event, so it is valid only until the returned task completes.</param>
    Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context);
}
