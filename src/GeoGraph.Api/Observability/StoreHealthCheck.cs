using GeoGraph.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GeoGraph.Api.Observability;

/// <summary>Ready means the store answers: a stats query within five seconds.</summary>
internal sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            var stats = await store.GetStatsAsync(timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{stats.Articles} articles");
        }
#pragma warning disable CA1031 // Any failure to reach the store means not ready; the reason is reported, not thrown.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("The store did not answer.", error);
        }
    }
}
