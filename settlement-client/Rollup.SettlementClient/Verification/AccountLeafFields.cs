using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.State;

namespace Rollup.SettlementClient.Verification;

/// <summary>An account leaf's preimage, as the contract's AccountProof.AccountLeaf takes it.</summary>
public sealed record AccountLeafFields(Fr KeyX, Fr KeyY, L1Address L1Address, uint Nonce, ulong Collateral, Fr PositionsRoot, Fr FillsRoot)
{
    public Fr Hash() => Account.ComputeLeaf(KeyX, KeyY, L1Address, Nonce, Collateral, PositionsRoot, FillsRoot);
}
