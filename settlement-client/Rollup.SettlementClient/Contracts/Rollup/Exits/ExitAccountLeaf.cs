using Rollup.Core.Ethereum;
using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Contracts.Rollup.Exits;

/// <summary>AccountProof.AccountLeaf: the account's leaf fields at the last finalized state.</summary>
public sealed record ExitAccountLeaf(Fr KeyX, Fr KeyY, L1Address L1Address, uint Nonce, ulong Collateral, Fr PositionsRoot, Fr FillsRoot)
{
    internal object?[] ToAbi() =>
        [FieldWords.ToWord(KeyX), FieldWords.ToWord(KeyY), L1Address, Nonce, Collateral, FieldWords.ToWord(PositionsRoot), FieldWords.ToWord(FillsRoot)];
}
