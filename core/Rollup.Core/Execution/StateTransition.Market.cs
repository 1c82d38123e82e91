using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;

namespace Rollup.Core.Execution;

// Market data and listings: oracle prices and new series.
public sealed partial class StateTransition
{
    private OraclePriceRecord OraclePrice(OraclePriceOperation op)
    {
        Rejection.If(op.Timestamp > Limits.MaxTimestamp, RejectReason.OutOfRange, "timestamp exceeds 2^40-1");
        Rejection.If(op.PriceKind is not (OraclePriceKind.Index or OraclePriceKind.Settlement), RejectReason.OutOfRange,
            $"unknown oracle price kind {(byte)op.PriceKind}");
        Rejection.If(op.Submissions.Count < _state.Risk.OracleQuorum, RejectReason.OracleQuorum,
            $"{op.Submissions.Count} submissions, quorum is {_state.Risk.OracleQuorum}");
        Rejection.If(op.Submissions.Count > Limits.MaxOracles, RejectReason.OutOfRange, "more submissions than oracle slots");
        Span<ulong> prices = stackalloc ulong[op.Submissions.Count];
        int seen = 0;
        for (int i = 0; i < op.Submissions.Count; i++)
        {
            var s = op.Submissions[i];
            Rejection.If(s.OracleIndex >= _state.OracleKeys.Count, RejectReason.UnknownOracle, $"oracle {s.OracleIndex} is not in the set");
            Rejection.If((seen & (1 << s.OracleIndex)) != 0, RejectReason.DuplicateOracle, $"oracle {s.OracleIndex} submitted twice");
            seen |= 1 << s.OracleIndex;
            Rejection.If(s.Price == 0 || s.Price > Limits.MaxPrice, RejectReason.OutOfRange, $"price {s.Price} must be 1..2^48-1");
            var (x, y) = _state.OracleKeys[s.OracleIndex];
            var message = OraclePriceOperation.Message(_domain, op.PriceKind, op.Underlying, op.Timestamp, s.Price);
            Rejection.If(!SignatureCheck.Verify(message, s.Signature, x, y), RejectReason.BadSignature, $"oracle {s.OracleIndex} signature does not verify");
            _state.RecordOracleRead(s.OracleIndex);
            prices[i] = s.Price;
        }
        prices.Sort();
        var record = new OraclePriceRecord(op.PriceKind, op.Underlying, op.Timestamp, prices[(prices.Length - 1) / 2]);
        ExecuteOraclePrice(record);
        return record;
    }

    private void ExecuteOraclePrice(OraclePriceRecord r)
    {
        Rejection.If(r.Underlying >= Limits.MaxUnderlyings || !_state.GetUnderlying(r.Underlying).IsListed,
            RejectReason.UnknownUnderlying, $"underlying {r.Underlying} is not configured");
        Rejection.If(r.Price == 0 || r.Price > Limits.MaxPrice, RejectReason.OutOfRange, "price must be 1..2^48-1");
        Rejection.If(r.Timestamp > Timestamp, RejectReason.OracleTimestamp, $"price time {r.Timestamp} is after the batch time {Timestamp}");
        if (r.PriceKind == OraclePriceKind.Index)
        {
            var u = _state.GetUnderlying(r.Underlying);
            Rejection.If(r.Timestamp <= u.PriceTimestamp, RejectReason.OracleTimestamp,
                $"price time {r.Timestamp} is not after the current one {u.PriceTimestamp}");
            _state.SetUnderlying(r.Underlying, u with { IndexPrice = r.Price, PriceTimestamp = r.Timestamp });
            return;
        }
        Rejection.If(r.Timestamp < Limits.ExpiryTimeOfDay || (r.Timestamp - Limits.ExpiryTimeOfDay) % Limits.SecondsPerDay != 0,
            RejectReason.OracleTimestamp, $"settlement time {r.Timestamp} is not an expiry (08:00 UTC)");
        ulong day = (r.Timestamp - Limits.ExpiryTimeOfDay) / Limits.SecondsPerDay;
        Rejection.If(day > ushort.MaxValue, RejectReason.OutOfRange, "expiry day out of range");
        var expiry = _state.GetExpiry(r.Underlying, (ushort)day);
        Rejection.If(expiry.IsSettled, RejectReason.AlreadySettled, $"expiry day {day} already has a settlement price");
        _state.SetExpiry(r.Underlying, (ushort)day, expiry with { SettlementPrice = r.Price });
    }

    private ListSeriesRecord ListSeries(ListSeriesOperation op)
    {
        var record = new ListSeriesRecord((ushort)Math.Min(_state.SeriesCount, ushort.MaxValue), op.Underlying, op.Strike, op.ExpiryDay, op.OptionKind);
        Rejection.If(_state.SeriesCount >= Limits.MaxSeries, RejectReason.OutOfRange, "the series registry is full");
        ExecuteListSeries(record);
        return record;
    }

    private void ExecuteListSeries(ListSeriesRecord r)
    {
        Rejection.If(r.SeriesIndex != _state.SeriesCount, RejectReason.OutOfRange, $"next series index is {_state.SeriesCount}, not {r.SeriesIndex}");
        Rejection.If(r.OptionKind is not (OptionKind.Call or OptionKind.Put), RejectReason.OutOfRange, "unknown option kind");
        var u = _state.GetUnderlying(r.Underlying);
        Rejection.If(r.Underlying >= Limits.MaxUnderlyings || !u.IsListed, RejectReason.UnknownUnderlying, $"underlying {r.Underlying} is not configured");
        _state.RecordUnderlyingRead(r.Underlying);
        var risk = _state.Risk;
        // The circuit proves the grid with a witness k: strike = k * step, 1 <= k <= MaxStrikeSteps.
        Rejection.If(r.Strike == 0 || r.Strike > Limits.MaxPrice || r.Strike % u.StrikeStep != 0 || r.Strike / u.StrikeStep > risk.MaxStrikeSteps,
            RejectReason.ListingRule, $"strike {r.Strike} is not on the grid of step {u.StrikeStep}");
        ulong expiry = SeriesTerms.ExpiryOfDay(r.ExpiryDay);
        Rejection.If(expiry <= Timestamp, RejectReason.ListingRule, $"expiry {expiry} is not in the future");
        Rejection.If(r.ExpiryDay > Timestamp / Limits.SecondsPerDay + risk.MaxExpiryHorizonDays, RejectReason.ListingRule,
            $"expiry day {r.ExpiryDay} is beyond the {risk.MaxExpiryHorizonDays}-day horizon");
        var expiryState = _state.GetExpiry(r.Underlying, r.ExpiryDay);
        Rejection.If(expiryState.ListedCount >= risk.MaxSeriesPerExpiry, RejectReason.ListingRule,
            $"expiry already has {expiryState.ListedCount} series, the cap is {risk.MaxSeriesPerExpiry}");
        var terms = new SeriesTerms(r.Underlying, r.Strike, expiry, r.OptionKind);
        Rejection.If(_state.IsListed(terms), RejectReason.DuplicateSeries, "a series with these terms is already listed");
        _state.AddSeries(terms);
        _state.SetExpiry(r.Underlying, r.ExpiryDay, expiryState with { ListedCount = expiryState.ListedCount + 1 });
    }
}
