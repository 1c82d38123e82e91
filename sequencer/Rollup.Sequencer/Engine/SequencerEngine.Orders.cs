using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Book;
using Rollup.Sequencer.Engine.Admission;
using Rollup.Sequencer.Engine.Commands;

namespace Rollup.Sequencer.Engine;

// Orders: admission, matching through core, resting; cancels.
public sealed partial class SequencerEngine
{
    private CommandResult ApplySubmit(SubmitOrderCommand c, PreVerified pre)
    {
        var o = c.Order.Order;
        if (!o.FieldsInRange) return CommandResult.Refused(CommandError.OutOfRange, "an order field is out of range", RejectReason.OutOfRange);
        if (RequireSigner(o.AccountId, out var account) is { } refusal) return refusal;
        // The message is a Poseidon hash: computed here only when the pre-check does not cover the current key.
        if (!AlreadyVerified(account, pre) && !VerifyNow(account, SignatureAdmission.OrderMessage(Domain, o), c.Order.Signature)) return BadSignature(o.AccountId);
        ulong now = Now;
        if (!_state.TryGetSeries(o.SeriesIndex, out var terms))
            return CommandResult.Refused(CommandError.UnknownSeries, $"series {o.SeriesIndex} is not listed", RejectReason.UnknownSeries);
        if (terms.Expiry <= now)
            return CommandResult.Refused(CommandError.SeriesExpired, $"series {o.SeriesIndex} expired at {terms.Expiry}", RejectReason.SeriesExpired);
        if (o.Expiry < now) return CommandResult.Refused(CommandError.OrderExpired, $"order expired at {o.Expiry}, now is {now}", RejectReason.OrderExpired);
        var risk = _state.Risk;
        if (o.MaxFeeBps < risk.MakerFeeBps || (!o.PostOnly && o.MaxFeeBps < risk.TakerFeeBps))
            return CommandResult.Refused(CommandError.FeeAboveLimit,
                $"fees are {risk.MakerFeeBps} bps maker, {risk.TakerFeeBps} bps taker; the order allows {o.MaxFeeBps}", RejectReason.FeeAboveLimit);

        uint slot = _books.SlotOf(o.OrderId);
        var fill = account.GetFillSlot(account.FillSlotIndex(o.OrderId));
        if (!(fill.IsEmpty || o.OrderId > fill.OrderId) || !_orderIds.IsFresh(o.AccountId, slot, o.OrderId))
            return CommandResult.Refused(CommandError.OrderIdUsed, $"order id {o.OrderId} was already used in fill slot {slot}; use a higher id");
        if (_books.InSlot(o.AccountId, o.OrderId) is { } busy)
            return CommandResult.Refused(CommandError.FillSlotBusy, $"order {busy.OrderId} is live in fill slot {slot}");
        long position = account.PositionIn(o.SeriesIndex).Quantity;
        if (o.ReduceOnly && ReducibleBy(o.Side, position) == 0)
            return CommandResult.Refused(CommandError.ReduceOnly, $"a reduce-only {o.Side} cannot reduce a position of {position}", RejectReason.ReduceOnlyViolated);
        if (o.PostOnly && Matcher.WouldCross(_books.Find(o.SeriesIndex), o.Side, o.LimitPrice, now))
            return CommandResult.Refused(CommandError.WouldCross, "a post-only order would take liquidity");
        if (!OrderMarginCheck.Passes(_state, account, o, terms, now, out var marginReason))
            return CommandResult.Refused(CommandError.InsufficientMargin, $"the order filled in full would fail margin: {marginReason}", marginReason);

        var match = Matcher.Match(_books, c.Order, o.Size, now, _operations);
        if (match.ChangedBooks) _changed = true;
        uint resting = 0, dropped = 0;
        if (match.Remaining > 0)
        {
            uint restable = c.TimeInForce == TimeInForce.GoodTillExpiry && match.TakerStop.IsAccepted ? match.Remaining : 0;
            // A reduce-only remainder rests only as far as it can still reduce the position.
            if (o.ReduceOnly) restable = (uint)Math.Min(restable, ReducibleBy(o.Side, account.PositionIn(o.SeriesIndex).Quantity));
            if (restable > 0)
            {
                // Live and on replay alike, the command being applied gets the next sequence number.
                _books.Rest(c.Order, restable, _lastSequence + 1);
                resting = restable;
                _changed = true;
            }
            dropped = match.Remaining - resting;
        }
        if (!_changed)
        {
            if (!match.TakerStop.IsAccepted) return Rejected(match.TakerStop.Reason, match.TakerStop.Detail);
            return CommandResult.Refused(CommandError.NoLiquidity, "nothing to fill at this limit");
        }
        _orderIds.Record(o.AccountId, slot, o.OrderId);
        return Accepted() with
        {
            Fills = match.Fills,
            Removed = match.Removed,
            Resting = resting,
            Dropped = dropped,
            TakerStop = match.TakerStop.Reason,
        };
    }

    /// <summary>How much an order on this side can reduce the position by: 0 when it would only add.</summary>
    private static ulong ReducibleBy(Side side, long position) => side switch
    {
        Side.Buy when position < 0 => (ulong)(-position),
        Side.Sell when position > 0 => (ulong)position,
        _ => 0,
    };

    private CommandResult ApplyCancel(CancelOperation cancel, PreVerified pre)
    {
        if (RequireSigner(cancel.AccountId, out var account) is { } refusal) return refusal;
        if (!AlreadyVerified(account, pre) && !VerifyNow(account, SignatureAdmission.CancelMessage(Domain, cancel), cancel.Signature)) return BadSignature(cancel.AccountId);
        var r = ApplyOperation(cancel);
        if (!r.Accepted) return Rejected(r.Reason, r.Detail);
        var removed = new List<RemovedOrder>(1);
        RemoveCancelled(cancel, removed);
        return Accepted() with { Removed = removed };
    }

    private CommandResult ApplyCancelAll(CancelAllCommand c, PreVerified pre)
    {
        if (c.Cancels.Count is 0 or > CancelAllCommand.MaxCancels)
            return CommandResult.Refused(CommandError.Invalid, $"a cancel-all carries 1..{CancelAllCommand.MaxCancels} cancels");
        if (RequireSigner(c.AccountId, out var account) is { } refusal) return refusal;
        bool verified = AlreadyVerified(account, pre);
        foreach (var cancel in c.Cancels)
        {
            if (cancel.AccountId != c.AccountId) return CommandResult.Refused(CommandError.Invalid, $"a cancel names account {cancel.AccountId}, not {c.AccountId}");
            if (!verified && !VerifyNow(account, SignatureAdmission.CancelMessage(Domain, cancel), cancel.Signature)) return BadSignature(c.AccountId);
        }
        var removed = new List<RemovedOrder>(c.Cancels.Count);
        var last = default(Core.Execution.OperationResult);
        foreach (var cancel in c.Cancels)
        {
            // Ids already cancelled or superseded are skipped: the others still go through.
            last = ApplyOperation(cancel);
            if (last.Accepted) RemoveCancelled(cancel, removed);
        }
        if (!_changed) return Rejected(last!.Reason, last.Detail);
        return Accepted() with { Removed = removed };
    }

    private void RemoveCancelled(CancelOperation cancel, List<RemovedOrder> removed)
    {
        if (_books.FindOrder(cancel.AccountId, cancel.OrderId) is not { } order) return;
        _books.Remove(order);
        removed.Add(new RemovedOrder(order.AccountId, order.OrderId, order.Series, order.Remaining, RemovalReason.Cancelled));
    }

    /// <summary>Removes every live order of an account from the books (book only: core never saw them rest).</summary>
    private List<RemovedOrder> RemoveAccountOrders(uint account, RemovalReason reason)
    {
        var orders = _books.OrdersOf(account);
        var removed = new List<RemovedOrder>(orders.Count);
        foreach (var o in orders)
        {
            _books.Remove(o);
            removed.Add(new RemovedOrder(o.AccountId, o.OrderId, o.Series, o.Remaining, reason));
        }
        if (removed.Count > 0) _changed = true;
        return removed;
    }

    private CommandResult ApplyTick()
    {
        ulong now = _commandSeconds;
        var removed = new List<RemovedOrder>();
        foreach (var o in _books.RemoveExpired(now))
            removed.Add(new RemovedOrder(o.AccountId, o.OrderId, o.Series, o.Remaining, RemovalReason.Expired));
        var expiredSeries = new List<ushort>();
        foreach (var book in _books.Books)
            if (_state.TryGetSeries(book.Series, out var terms) && terms.Expiry <= now) expiredSeries.Add(book.Series);
        foreach (var series in expiredSeries)
            foreach (var o in _books.RemoveSeries(series))
                removed.Add(new RemovedOrder(o.AccountId, o.OrderId, o.Series, o.Remaining, RemovalReason.SeriesExpired));
        if (removed.Count > 0) _changed = true;
        RetrySettlements();
        if (_options.MaxBatchAgeSeconds > 0 && _batch is { Count: > 0 } open && now >= open.Timestamp + _options.MaxBatchAgeSeconds) SealOpenBatch();
        return Accepted() with { Removed = removed };
    }
}
