using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;
using static Rollup.Core.Tests.Protocol.Harness;
using static Rollup.Core.Tests.Protocol.RejectionAssert;

namespace Rollup.Core.Tests.Protocol;

public class MarketOperationTests
{
    private static OracleSubmission Sub(Harness h, byte oracle, OraclePriceKind kind, byte u, ulong ts, ulong price, byte? signer = null) =>
        new(oracle, price, TestKeys.Sign(OracleKeys[signer ?? oracle], OraclePriceOperation.Message(h.Domain, kind, u, ts, price)));

    [Fact]
    public void Oracle_price_takes_the_median_of_the_submissions()
    {
        var h = new Harness();
        var ts = h.Now;
        var op = new OraclePriceOperation(OraclePriceKind.Index, Btc, ts,
            [Sub(h, 0, OraclePriceKind.Index, Btc, ts, 101 * Usd), Sub(h, 1, OraclePriceKind.Index, Btc, ts, 99 * Usd), Sub(h, 2, OraclePriceKind.Index, Btc, ts, 100 * Usd)]);
        var r = h.MustApply(op);
        Assert.Equal(new OraclePriceRecord(OraclePriceKind.Index, Btc, ts, 100 * Usd), r.Record);
        Assert.Equal(new UnderlyingState(100 * Usd, ts, 1_000 * Usd), h.State.GetUnderlying(Btc));

        h.Now += 1;
        var even = new OraclePriceOperation(OraclePriceKind.Index, Btc, h.Now,
            [Sub(h, 0, OraclePriceKind.Index, Btc, h.Now, 104 * Usd), Sub(h, 2, OraclePriceKind.Index, Btc, h.Now, 102 * Usd)]);
        Assert.Equal(102 * Usd, ((OraclePriceRecord)h.MustApply(even).Record!).Price);
    }

    [Fact]
    public void Oracle_price_rejects_missing_quorum_duplicates_unknown_oracles_and_forged_signatures()
    {
        var h = new Harness();
        var ts = h.Now;
        OraclePriceOperation Op(params OracleSubmission[] s) => new(OraclePriceKind.Index, Btc, ts, s);
        Refused(h, Op(Sub(h, 0, OraclePriceKind.Index, Btc, ts, Usd)), RejectReason.OracleQuorum);
        Refused(h, Op(Sub(h, 0, OraclePriceKind.Index, Btc, ts, Usd), Sub(h, 0, OraclePriceKind.Index, Btc, ts, Usd)), RejectReason.DuplicateOracle);
        Refused(h, Op(Sub(h, 0, OraclePriceKind.Index, Btc, ts, Usd), Sub(h, 5, OraclePriceKind.Index, Btc, ts, Usd, signer: 1)), RejectReason.UnknownOracle);
        Refused(h, Op(Sub(h, 0, OraclePriceKind.Index, Btc, ts, Usd), Sub(h, 1, OraclePriceKind.Index, Btc, ts, Usd, signer: 2)), RejectReason.BadSignature);
        Refused(h, Op(Sub(h, 0, OraclePriceKind.Index, Btc, ts, 0), Sub(h, 1, OraclePriceKind.Index, Btc, ts, 0)), RejectReason.OutOfRange);
        var unknownUnderlying = new OraclePriceOperation(OraclePriceKind.Index, 9, ts,
            [Sub(h, 0, OraclePriceKind.Index, 9, ts, Usd), Sub(h, 1, OraclePriceKind.Index, 9, ts, Usd)]);
        Refused(h, unknownUnderlying, RejectReason.UnknownUnderlying);
    }

    [Fact]
    public void Oracle_price_timestamps_must_increase_and_not_run_ahead_of_the_batch()
    {
        var h = new Harness();
        Assert.True(h.PostPrice(Btc, 100_000).Accepted);
        var root = h.State.Root;
        Assert.Equal(RejectReason.OracleTimestamp, h.PostPrice(Btc, 101_000).Reason);
        Assert.Equal(RejectReason.OracleTimestamp, h.PostPrice(Btc, 101_000, h.Now + 1).Reason);
        Assert.Equal(root, h.State.Root);
        h.Now += 5;
        Assert.True(h.PostPrice(Btc, 101_000).Accepted);
    }

    [Fact]
    public void Settlement_price_is_posted_once_per_expiry_and_only_after_it()
    {
        var h = new Harness();
        ulong expiry = SeriesTerms.ExpiryOfDay(Day0 + 1);
        h.Now = expiry - 1;
        Assert.Equal(RejectReason.OracleTimestamp, h.PostPrice(Btc, 100_000, expiry, OraclePriceKind.Settlement).Reason);
        h.Now = expiry + 60;
        Assert.Equal(RejectReason.OracleTimestamp, h.PostPrice(Btc, 100_000, expiry + 1, OraclePriceKind.Settlement).Reason);
        Assert.True(h.PostPrice(Btc, 100_000, expiry, OraclePriceKind.Settlement).Accepted);
        Assert.Equal(100_000 * Usd, h.State.GetExpiry(Btc, Day0 + 1).SettlementPrice);
        Assert.Equal(RejectReason.AlreadySettled, h.PostPrice(Btc, 90_000, expiry, OraclePriceKind.Settlement).Reason);
    }

    [Fact]
    public void Listing_assigns_consecutive_indices_and_commits_to_the_terms()
    {
        var h = new Harness();
        var a = h.List(Btc, 100_000, Day0 + 7, OptionKind.Call);
        var b = h.List(Btc, 100_000, Day0 + 7, OptionKind.Put);
        Assert.Equal((ushort)0, a);
        Assert.Equal((ushort)1, b);
        Assert.True(h.State.TryGetSeries(b, out var terms));
        Assert.Equal(new SeriesTerms(Btc, 100_000 * Usd, (Day0 + 7) * 86_400UL + 28_800, OptionKind.Put), terms);
        Assert.Equal(2u, h.State.GetExpiry(Btc, Day0 + 7).ListedCount);
        Assert.NotEqual(new SeriesTerms(Btc, 100_000 * Usd, terms.Expiry, OptionKind.Call).Commitment(), terms.Commitment());
    }

    [Fact]
    public void Listing_enforces_the_strike_grid_the_expiry_window_the_cap_and_uniqueness()
    {
        var h = new Harness(new RiskParameters { OracleQuorum = 2, MaxSeriesPerExpiry = 2, MaxExpiryHorizonDays = 30 });
        Refused(h, new ListSeriesOperation(Btc, 100_500 * Usd, Day0 + 7, OptionKind.Call), RejectReason.ListingRule);
        Refused(h, new ListSeriesOperation(Btc, 0, Day0 + 7, OptionKind.Call), RejectReason.ListingRule);
        Refused(h, new ListSeriesOperation(Btc, 100_000 * Usd, Day0 - 1, OptionKind.Call), RejectReason.ListingRule);
        Refused(h, new ListSeriesOperation(Btc, 100_000 * Usd, Day0 + 31, OptionKind.Call), RejectReason.ListingRule);
        Refused(h, new ListSeriesOperation(7, 100_000 * Usd, Day0 + 7, OptionKind.Call), RejectReason.UnknownUnderlying);
        h.List(Btc, 100_000, Day0 + 7, OptionKind.Call);
        Refused(h, new ListSeriesOperation(Btc, 100_000 * Usd, Day0 + 7, OptionKind.Call), RejectReason.DuplicateSeries);
        h.List(Btc, 101_000, Day0 + 7, OptionKind.Call);
        Refused(h, new ListSeriesOperation(Btc, 102_000 * Usd, Day0 + 7, OptionKind.Call), RejectReason.ListingRule);
        h.List(Btc, 102_000, Day0 + 8, OptionKind.Call);
        h.List(Eth, 3_050, Day0 + 7, OptionKind.Put);
    }
}
