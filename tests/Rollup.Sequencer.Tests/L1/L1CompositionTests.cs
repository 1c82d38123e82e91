using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rollup.Core.Ethereum;
using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.L1;
using Rollup.Sequencer.Tests.Storage;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Sync;

namespace Rollup.Sequencer.Tests.L1;

public class L1CompositionTests
{
    [Fact]
    public void Without_L1_only_the_tick_is_registered()
    {
        using var dir = new TempDirectory();
        var services = new ServiceCollection().AddSequencerOptions(new SequencerOptions { DataDirectory = dir.Path }).AddSequencerL1();
        Assert.Contains(services, d => d.ServiceType == typeof(TickComponent));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(SequencerL1Connection));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(BatchPosterComponent));
    }

    [Fact]
    public void With_L1_the_components_follow_the_deployment_file_in_start_order()
    {
        using var dir = new TempDirectory();
        var address = L1Address.Parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
        var deployment = new RollupDeployment
        {
            ChainId = 31337, Deployer = address, Rollup = address, Collateral = address, CollateralIsDevnetToken = true, Verifier = address,
            PoseidonT3 = address, PoseidonT4 = address, PoseidonT8 = address, Sequencer = address, Governance = address, Guardian = L1Address.Zero,
            DeploymentBlock = 42,
        };
        var file = Path.Combine(dir.Path, "deployment.json");
        File.WriteAllText(file, deployment.ToJson());
        var options = new SequencerOptions
        {
            DataDirectory = dir.Path,
            L1 = new L1Options { RpcUrl = "http://127.0.0.1:1", DeploymentFile = file, GenesisFile = file, Confirmations = 5 },
            OperatorKey = new OperatorKeyOptions { Source = OperatorKeySourceKind.DevnetAccount },
        };
        var services = new ServiceCollection().AddLogging().AddSequencerOptions(options).AddSequencerL1();

        var hosted = services.Where(d => d.ServiceType == typeof(IHostedService)).Select(d => d.ImplementationType!.GetGenericArguments()[0]).ToArray();
        Assert.Equal([typeof(TickComponent), typeof(SequencerL1Connection), typeof(L1SyncComponent), typeof(BatchPosterComponent)], hosted);
        using var provider = services.BuildServiceProvider();
        var sync = provider.GetRequiredService<L1SyncOptions>();
        Assert.Equal((address, 42UL, 5UL), (sync.Contract, sync.StartBlock, sync.Confirmations));
        Assert.Equal(deployment.Rollup, provider.GetRequiredService<SequencerL1Connection>().Deployment.Rollup);
    }
}
