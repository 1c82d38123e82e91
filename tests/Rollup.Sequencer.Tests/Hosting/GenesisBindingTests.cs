using Rollup.Core.State;
using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.Storage;
using Rollup.Sequencer.Tests.Storage;
using Rollup.SettlementClient.Genesis;

namespace Rollup.Sequencer.Tests.Hosting;

public class GenesisBindingTests
{
    [Fact]
    public async Task Data_directory_of_another_genesis_is_refused_at_start()
    {
        using var dir = new TempDirectory();
        var data = Path.Combine(dir.Path, "data");
        var first = WriteGenesis(dir.Path, "first.json", new GenesisConfig { AccountsDepth = 4, FillsDepth = 2 });
        var second = WriteGenesis(dir.Path, "second.json", new GenesisConfig { AccountsDepth = 5, FillsDepth = 2 });

        await using (var app = SequencerHost.Build(HostArguments.For(data, $"--Sequencer:L1:GenesisFile={first}")))
        {
            await app.StartAsync();
            await app.StopAsync();
        }
        // The same genesis opens again.
        await using (var again = SequencerHost.Build(HostArguments.For(data, $"--Sequencer:L1:GenesisFile={first}")))
        {
            await again.StartAsync();
            await again.StopAsync();
        }
        await using var other = SequencerHost.Build(HostArguments.For(data, $"--Sequencer:L1:GenesisFile={second}"));
        var error = await Assert.ThrowsAsync<SequencerStorageException>(() => other.StartAsync());
        var firstRoot = new RollupState(GenesisConfigJson.Read(File.ReadAllText(first))).Root.ToString();
        Assert.Contains($"belongs to genesis root {firstRoot}, not ", error.Message);
    }

    [Fact]
    public async Task Unreadable_genesis_file_fails_start_naming_the_option()
    {
        using var dir = new TempDirectory();
        var genesis = Path.Combine(dir.Path, "genesis.json");
        File.WriteAllText(genesis, "{ \"chainId\": 1 }");
        await using var app = SequencerHost.Build(HostArguments.For(Path.Combine(dir.Path, "data"), $"--Sequencer:L1:GenesisFile={genesis}"));
        var error = await Assert.ThrowsAsync<SequencerOptionsException>(() => app.StartAsync());
        Assert.Contains("Sequencer:L1:GenesisFile", error.Message);
    }

    private static string WriteGenesis(string directory, string name, GenesisConfig config)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, GenesisConfigJson.Write(config));
        return path;
    }
}
