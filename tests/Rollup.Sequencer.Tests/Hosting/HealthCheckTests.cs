using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.Storage;
using Rollup.Sequencer.Tests.Storage;
using Rollup.SettlementClient.Rpc;

namespace Rollup.Sequencer.Tests.Hosting;

public class HealthCheckTests
{
    [Fact]
    public async Task Log_check_is_unhealthy_once_the_log_has_failed()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        using var log = new LiteDbOperationLog(db);
        var check = new OperationLogHealthCheck(log, new SequencerMeta(db), TimeProvider.System);
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        db.Database.Dispose();
        long sequence = log.Append([1]);
        await Assert.ThrowsAsync<OperationLogFailedException>(async () => await log.WaitDurableAsync(sequence));
        var result = await check.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.StartsWith("operation log failed", result.Description);
    }

    [Fact]
    public async Task L1_check_is_unhealthy_when_the_configured_node_does_not_answer()
    {
        int port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var options = Options.Create(new SequencerOptions { L1 = new L1Options { RpcUrl = url } });
        using var rpc = new JsonRpcClient(new Uri(url));
        var services = new ServiceCollection().AddSingleton(new EthClient(rpc)).BuildServiceProvider();
        var result = await new L1HealthCheck(options, services).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains($"L1 at {url} not reachable", result.Description);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
