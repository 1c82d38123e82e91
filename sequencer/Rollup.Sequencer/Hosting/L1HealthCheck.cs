using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Rollup.SettlementClient.Rpc;

namespace Rollup.Sequencer.Hosting;

/// <summary>Healthy when no L1 is configured, or when the configured node answers eth_blockNumber within a few seconds.</summary>
public sealed class L1HealthCheck(IOptions<SequencerOptions> options, IServiceProvider services) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var url = options.Value.L1.RpcUrl;
        if (string.IsNullOrWhiteSpace(url)) return HealthCheckResult.Healthy("L1 not configured");
        var eth = services.GetRequiredService<EthClient>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            ulong block = await eth.BlockNumberAsync(timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy("L1 reachable", new Dictionary<string, object> { ["l1Block"] = block });
        }
        catch (Exception e) when (e is RpcException or HttpRequestException or OperationCanceledException or IOException)
        {
            return HealthCheckResult.Unhealthy($"L1 at {url} not reachable: {e.Message}");
        }
    }
}
