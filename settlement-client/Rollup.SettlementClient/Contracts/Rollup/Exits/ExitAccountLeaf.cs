using Rollup.Core.State;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Contracts.Rollup.Exits;

/// <summary>AccountProof.AccountLeaf: the account's leaf fields at the last finalized state.</summary>
public sealed record ExitAccountLeaf(Fr KeyX, Fr KeyY, L1Address L1Address, uint Nonce, ulong Collateral, Fr PositionsRoot, Fr FillsRoot)
{
    /// <summary>The leaf these fields hash to (Rollup.Core's account leaf).</summary>
    public Fr Hash() => Account.ComputeLeaf(KeyX, KeyY, L1Address, Nonce, Collateral, PositionsRoot, FillsRoot);

    internal object?[] ToAbi() =>
        [FieldWords.ToWord(KeyX), FieldWords.ToWord(KeyY), L1Address, Nonce, Collateral, FieldWords.ToWord(PositionsRoot), FieldWords.ToWord(FillsRoot)];
}
