using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rollup.Sequencer.Storage;

namespace Rollup.Sequencer.Hosting;

/// <summary>Healthy while the operation log has not failed and the database takes a durable write.</summary>
public sealed class OperationLogHealthCheck(LiteDbOperationLog log, SequencerMeta meta, TimeProvider time) : IHealthCheck
{
    private const string ProbeKey = "healthProbe";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["lastSequence"] = log.LastSequence,
            ["durableSequence"] = log.DurableSequence,
        };
        if (log.Failure is { } failure)
            return Task.FromResult(HealthCheckResult.Unhealthy($"operation log failed: {failure.Message}", failure, data));
        try
        {
            meta.Set(ProbeKey, time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"database not writable: {e.Message}", e, data));
        }
        return Task.FromResult(HealthCheckResult.Healthy("operation log writable", data));
    }
}
