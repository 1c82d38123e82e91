using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Contracts.Rollup.Exits;

/// <summary>
/// The arguments of OptionsRollup.exit: the seven fields whose Poseidon hash is the last
/// finalized root, the account's id, leaf and accounts-tree path (bottom-up), its eight position
/// slots and one price proof per non-empty slot, in slot order.
/// </summary>
public sealed record ExitRequest
{
    public const int StateFieldCount = 7;
    public const int PositionSlots = 8;

    public ExitRequest(IReadOnlyList<Fr> stateFields, uint accountId, ExitAccountLeaf leaf, IReadOnlyList<Fr> siblings,
        IReadOnlyList<ExitPositionLeaf> positions, IReadOnlyList<ExitPriceProof> prices)
    {
        if (stateFields.Count != StateFieldCount) throw new ArgumentException($"an exit names {StateFieldCount} state fields, got {stateFields.Count}", nameof(stateFields));
        if (positions.Count != PositionSlots) throw new ArgumentException($"an exit names {PositionSlots} position slots, got {positions.Count}", nameof(positions));
        ArgumentNullException.ThrowIfNull(leaf);
        StateFields = stateFields;
        AccountId = accountId;
        Leaf = leaf;
        Siblings = siblings;
        Positions = positions;
        Prices = prices;
    }

    public IReadOnlyList<Fr> StateFields { get; }
    public uint AccountId { get; }
    public ExitAccountLeaf Leaf { get; }
    public IReadOnlyList<Fr> Siblings { get; }
    public IReadOnlyList<ExitPositionLeaf> Positions { get; }
    public IReadOnlyList<ExitPriceProof> Prices { get; }

    internal object?[] ToAbi() =>
    [
        FieldWords.ToWords(StateFields),
        AccountId,
        Leaf.ToAbi(),
        FieldWords.ToWords(Siblings),
        Positions.Select(p => (object?)p.ToAbi()).ToArray(),
        Prices.Select(p => (object?)p.ToAbi()).ToArray(),
    ];
}
