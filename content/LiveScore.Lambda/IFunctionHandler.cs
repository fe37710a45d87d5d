namespace LiveScore.Lambda;

/// <summary>One Lambda function: takes the raw event JSON, returns the raw response JSON.</summary>
public interface IFunctionHandler
{
    /// <summary>Handles one invocation.</summary>
    /// <param name="eventJson">The event; its buffer is reused for the next event, so it is valid only until the returned task completes.</param>
    /// <returns>The response JSON, which Lambda returns to the caller or to the event source.</returns>
    Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationContext context);
}
