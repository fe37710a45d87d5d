namespace Arena.Functions.DataLake;

/// <summary>Port to the lake bucket.</summary>
public interface ILake
{
    /// <summary>Writes the object, replacing one with the same key.</summary>
    Task PutAsync(LakeObject lakeObject, CancellationToken cancellationToken);
}
