using Microsoft.Extensions.Logging;
using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Book;
using Rollup.Sequencer.Risk;

namespace Rollup.Sequencer.Engine;

// Oracle prices and what follows them: liquidations after an index price, settlement after a settlement price.
public sealed partial class SequencerEngine
{
    // (underlying, expiry day) with a settlement price whose positions are not all settled yet; sorted for a deterministic retry order.
    private readonly SortedSet<(byte Underlying, ushort Day)> _pendingSettlements = new();

    private CommandResult ApplyOraclePrice(OraclePriceOperation op)
    {
        if (op.Timestamp > _commandSeconds)
            return CommandResult.Refused(CommandError.Rejected, $"price time {op.Timestamp} is after the engine's time {_commandSeconds}", RejectReason.OracleTimestamp);
        if (PrecheckOracle(op) is { } refusal) return refusal;
        // Core requires price time <= batch time, so a price newer than the open batch starts a new one.
        AdvanceBatchTime(op.Timestamp);
        var r = ApplyOperation(op);
        if (!r.Accepted) return Rejected(r.Reason, r.Detail);
        var removed = new List<RemovedOrder>();
        if (op.PriceKind == OraclePriceKind.Index) Liquidations(op.Underlying, removed);
        else
        {
            ushort day = (ushort)((op.Timestamp - Limits.ExpiryTimeOfDay) / Limits.SecondsPerDay);
            foreach (var series in SeriesOf(op.Underlying, day))
                foreach (var o in _books.RemoveSeries(series))
                    removed.Add(new RemovedOrder(o.AccountId, o.OrderId, o.Series, o.Remaining, RemovalReason.SeriesExpired));
            _pendingSettlements.Add((op.Underlying, day));
            RetrySettlements();
        }
        return Accepted() with { Removed = removed };
    }

    /// <summary>
    /// The state-dependent checks core will make, done first so that a refused price never
    /// seals the open batch (a seal is a change and would have to be logged).
    /// </summary>
    private CommandResult? PrecheckOracle(OraclePriceOperation op)
    {
        var u = _state.GetUnderlying(op.Underlying);
        if (op.Underlying >= Limits.MaxUnderlyings || !u.IsListed)
            return Rejected(RejectReason.UnknownUnderlying, $"underlying {op.Underlying} is not configured");
        if (op.Submissions.Count < _state.Risk.OracleQuorum)
            return Rejected(RejectReason.OracleQuorum, $"{op.Submissions.Count} submissions, quorum is {_state.Risk.OracleQuorum}");
        if (op.Submissions.Count > Limits.MaxOracles) return Rejected(RejectReason.OutOfRange, "more submissions than oracle slots");
        int seen = 0;
        foreach (var s in op.Submissions)
        {
            if (s.OracleIndex >= _state.OracleKeys.Count) return Rejected(RejectReason.UnknownOracle, $"oracle {s.OracleIndex} is not in the set");
            if ((seen & (1 << s.OracleIndex)) != 0) return Rejected(RejectReason.DuplicateOracle, $"oracle {s.OracleIndex} submitted twice");
            seen |= 1 << s.OracleIndex;
            if (s.Price is 0 or > Limits.MaxPrice) return Rejected(RejectReason.OutOfRange, $"price {s.Price} must be 1..2^48-1");
        }
        if (op.PriceKind == OraclePriceKind.Index && op.Timestamp <= u.PriceTimestamp)
            return Rejected(RejectReason.OracleTimestamp, $"price time {op.Timestamp} is not after the current one {u.PriceTimestamp}");
        if (op.PriceKind == OraclePriceKind.Settlement)
        {
            if (op.Timestamp < Limits.ExpiryTimeOfDay || (op.Timestamp - Limits.ExpiryTimeOfDay) % Limits.SecondsPerDay != 0)
                return Rejected(RejectReason.OracleTimestamp, $"settlement time {op.Timestamp} is not an expiry (08:00 UTC)");
            ulong day = (op.Timestamp - Limits.ExpiryTimeOfDay) / Limits.SecondsPerDay;
            if (day <= ushort.MaxValue && _state.GetExpiry(op.Underlying, (ushort)day).IsSettled)
                return Rejected(RejectReason.AlreadySettled, $"expiry day {day} already has a settlement price");
        }
        return null;
    }

    private void Liquidations(byte underlying, List<RemovedOrder> removed)
    {
        if (ResolveLiquidator() is not { } liquidator) return;
        _removedByRisk = removed;
        var result = LiquidationSweep.Run(_state, Domain, liquidator, underlying, Now, _operations);
        _removedByRisk = null;
        foreach (var op in result.Applied)
        {
            var l = (LiquidateOperation)op;
            _logger.LogInformation("Liquidated {Account} in {Series}: {Quantity} to {Liquidator}", l.LiquidatedId, l.SeriesIndex, l.Quantity, l.LiquidatorId);
        }
        foreach (var (op, reason, detail) in result.Refused)
            _logger.LogWarning("Liquidation of {Account} refused: {Reason} {Detail}", ((LiquidateOperation)op).LiquidatedId, reason, detail);
    }

    private LiquidatorIdentity? ResolveLiquidator()
    {
        if (_options.Liquidator is { } fixedLiquidator) return fixedLiquidator;
        if (_options.LiquidatorOwner is not { } owner) return null;
        return _state.FindAccount(owner.Owner) is { Id: > Limits.InsuranceAccountId } account ? new LiquidatorIdentity(account.Id, owner.Key) : null;
    }

    private void RetrySettlements()
    {
        if (_pendingSettlements.Count == 0) return;
        var done = new List<(byte, ushort)>();
        foreach (var (underlying, day) in _pendingSettlements)
        {
            var result = SettlementSweep.Run(_state, underlying, day, _operations, out bool remain);
            foreach (var op in result.Applied)
                _logger.LogInformation("Settled {Account} in {Series}", ((SettleOperation)op).AccountId, ((SettleOperation)op).SeriesIndex);
            foreach (var (op, reason, detail) in result.Refused)
                _logger.LogWarning("Settlement of {Account} in {Series} refused: {Reason} {Detail}", ((SettleOperation)op).AccountId, ((SettleOperation)op).SeriesIndex, reason, detail);
            if (!remain) done.Add((underlying, day));
        }
        foreach (var d in done) _pendingSettlements.Remove(d);
    }

    private List<ushort> SeriesOf(byte underlying, ushort day)
    {
        var list = new List<ushort>();
        var all = _state.Series;
        for (int i = 0; i < all.Count; i++)
            if (all[i].Underlying == underlying && all[i].ExpiryDay == day) list.Add((ushort)i);
        return list;
    }

    private List<RemovedOrder>? _removedByRisk;

    internal void BeforeLiquidation(uint account)
    {
        var removed = RemoveAccountOrders(account, RemovalReason.Liquidated);
        _removedByRisk?.AddRange(removed);
    }
}
