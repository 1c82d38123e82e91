using Rollup.Core.Ethereum;
using Rollup.Core.Signatures;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Signing;
using Rollup.SettlementClient.TxManager;

namespace Rollup.Cli.Devnet;

/// <summary>A funded devnet account: its Ethereum key, the L2 key derived from it (PROTOCOL §3.2) and its own journaled sender.</summary>
internal sealed record DevnetActor(string Name, EthECKey EthKey, PrivateKey L2Key, TransactionManager Sender, OptionsRollupContract Rollup)
{
    public L1Address Address => EthKey.GetAddress();
}
