using Rollup.Cli.L1;
using Rollup.Core.State;
using Rollup.SettlementClient.Genesis;

namespace Rollup.Cli.Verify;

/// <summary>
/// A genesis file is only trusted once it is the one the contract was deployed with: same chain,
/// same verifying contract (the signatures' domain) and the genesis root the contract stores.
/// </summary>
internal static class GenesisCheck
{
    public static GenesisConfig Load(string path)
    {
        if (!File.Exists(path)) throw new CliException(ExitCodes.BadInput, $"genesis file {path} does not exist");
        try
        {
            return GenesisConfigJson.Read(File.ReadAllText(path));
        }
        catch (GenesisConfigException e)
        {
            throw new CliException(ExitCodes.BadInput, $"{path}: {e.Message}", e);
        }
    }

    public static async Task<GenesisConfig> LoadCheckedAsync(string path, L1Connection l1, CancellationToken cancellation)
    {
        var genesis = Load(path);
        if (genesis.ChainId != l1.ChainId)
            throw new CliException(ExitCodes.CheckFailed, $"{path} is for chain {genesis.ChainId}, the node is chain {l1.ChainId}");
        if (genesis.VerifyingContract != l1.Rollup.Address)
            throw new CliException(ExitCodes.CheckFailed, $"{path} names contract {genesis.VerifyingContract}, not {l1.Rollup.Address}");
        var onChain = await l1.Rollup.GenesisRootAsync(cancellation);
        var root = new RollupState(genesis).Root;
        if (root != onChain)
            throw new CliException(ExitCodes.CheckFailed, $"{path} gives genesis root {root}, the contract holds {onChain}");
        return genesis;
    }
}
