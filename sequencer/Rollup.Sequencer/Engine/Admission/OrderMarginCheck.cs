using Rollup.Core.Execution;
using Rollup.Core.Margin;
using Rollup.Core.Operations;
using Rollup.Core.State;

namespace Rollup.Sequencer.Engine.Admission;

/// <summary>
/// Margin pre-check with core's MarginEngine: would the account still meet its requirement if
/// this order filled completely at its limit price, paying the taker fee? Open orders are not
/// reserved against each other (the protocol does not reserve them either); every fill is
/// checked again by core, so this only keeps hopeless orders out of the book.
/// </summary>
internal static class OrderMarginCheck
{
    public static bool Passes(RollupState state, Account account, Order order, in SeriesTerms terms, ulong now, out RejectReason reason)
    {
        Span<Position> positions = stackalloc Position[Limits.PositionSlots];
        account.Positions.CopyTo(positions);
        int slot = account.SlotFor(order.SeriesIndex);
        if (slot < 0)
        {
            reason = RejectReason.PositionSlotsFull;
            return false;
        }
        var old = positions[slot];
        long delta = order.Side == Side.Buy ? order.Size : -(long)order.Size;
        long quantity = old.Quantity + delta;
        if (Math.Abs(quantity) > Limits.MaxPositionMagnitude)
        {
            reason = RejectReason.OutOfRange;
            return false;
        }
        positions[slot] = StateTransition.NextPosition(old, order.SeriesIndex, terms, quantity, order.LimitPrice);
        bool reduces = old.Quantity != 0 && Math.Sign(delta) != Math.Sign(old.Quantity) && Math.Abs(delta) <= Math.Abs(old.Quantity);

        UInt128 cash = (UInt128)order.Size * order.LimitPrice / (UInt128)Limits.QuantityScale;
        UInt128 fee = cash * state.Risk.TakerFeeBps / (UInt128)Limits.BpsScale;
        UInt128 collateral = account.Collateral;
        if (order.Side == Side.Buy)
        {
            if (cash + fee > collateral)
            {
                reason = RejectReason.InsufficientCollateral;
                return false;
            }
            collateral -= cash + fee;
        }
        else
        {
            collateral += cash - fee;
            if (collateral > Limits.MaxAmount)
            {
                reason = RejectReason.OutOfRange;
                return false;
            }
        }
        if (!MarginEngine.TryCompute(state, (ulong)collateral, positions, now, out var m, out reason)) return false;
        reason = (reduces ? m.IsSolvent : m.MeetsInitial) ? RejectReason.None : RejectReason.InsufficientMargin;
        return reason == RejectReason.None;
    }
}
