namespace GeoGraph.Core.Storage;

/// <summary>Prepares a store for use at start: applies migrations, constraints and indexes. Safe to run on every start.</summary>
public interface IStoreInitialiser
{
    /// <summary>Brings the store's schema up to date.</summary>
    Task InitialiseAsync(CancellationToken cancellationToken);
}
