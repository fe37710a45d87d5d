namespace Arena.Functions.DataLake;

/// <summary>Port to the ProductVisits table.</summary>
public interface IVisitStore
{
    /// <returns>False when a visit with this id is already stored (a redelivered message): nothing is written.</returns>
    Task<bool> AddAsync(Visit visit, CancellationToken cancellationToken);
}
