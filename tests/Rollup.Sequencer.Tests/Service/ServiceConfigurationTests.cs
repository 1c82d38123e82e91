using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.Service;
using Rollup.Sequencer.Tests.Storage;

namespace Rollup.Sequencer.Tests.Service;

public class ServiceConfigurationTests
{
    [Fact]
    public async Task Service_without_a_genesis_file_exits_with_invalid_configuration()
    {
        using var dir = new TempDirectory();
        int code = await SequencerComposition.RunAsync(
            [$"--Sequencer:DataDirectory={dir.Path}/data", "--Sequencer:Rpc:Port=0", "--Sequencer:Admin:Port=0", "--Logging:LogLevel:Default=None"]);
        Assert.Equal(SequencerHost.ExitInvalidConfiguration, code);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "data")), "the database was opened before the configuration was checked");
    }

    [Fact]
    public async Task Service_without_an_operator_key_exits_with_invalid_configuration()
    {
        using var dir = new TempDirectory();
        var genesis = Path.Combine(dir.Path, "genesis.json");
        await File.WriteAllTextAsync(genesis, SettlementClient.Genesis.GenesisConfigJson.Write(ServiceHost.Genesis));
        int code = await SequencerComposition.RunAsync(
            [$"--Sequencer:DataDirectory={dir.Path}/data", "--Sequencer:Rpc:Port=0", "--Sequencer:Admin:Port=0", $"--Sequencer:L1:GenesisFile={genesis}", "--Logging:LogLevel:Default=None"]);
        Assert.Equal(SequencerHost.ExitInvalidConfiguration, code);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "data")), "the database was opened before the configuration was checked");
    }
}
