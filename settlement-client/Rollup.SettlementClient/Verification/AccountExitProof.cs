using Rollup.SettlementClient.Contracts.Rollup.Exits;
using Rollup.Core.Fields;
using Rollup.Core.State;

namespace Rollup.SettlementClient.Verification;

/// <summary>
/// Everything the contract's exodus <c>exit(stateFields, accountId, leaf, siblings, positions,
/// prices)</c> takes for one account, at the state of one batch (docs/PROTOCOL.md §13):
/// the seven fields whose Poseidon hash is the root, the account leaf's fields and its
/// accounts-tree path (bottom-up), all eight position slots (empty ones zero), and one price
/// proof per non-empty slot in slot order. <see cref="ExitAmount"/> is what the exit pays.
/// </summary>
public sealed partial record AccountExitProof(
    ulong BatchNumber,
    Fr Root,
    IReadOnlyList<Fr> StateFields,
    uint AccountId,
    ExitAccountLeaf Leaf,
    IReadOnlyList<Fr> Siblings,
    IReadOnlyList<Position> Positions,
    IReadOnlyList<ExitPriceProof> Prices,
    ulong ExitAmount)
{
    public const int StateFieldCount = 7;
}
