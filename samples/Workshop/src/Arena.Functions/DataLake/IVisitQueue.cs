namespace Arena.Functions.DataLake;

/// <summary>Port to the visit queue.</summary>
public interface IVisitQueue
{
    /// <returns>The message id SQS gave the visit.</returns>
    Task<string> SendAsync(VisitInput visit, CancellationToken cancellationToken);
}
