using Rollup.Core.Batches;
using Rollup.Core.Execution;
using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;
using static Rollup.Core.Tests.Protocol.Harness;
using static Rollup.Core.Tests.Protocol.RejectionAssert;

namespace Rollup.Core.Tests.Protocol;

/// <summary>Regression tests for defects found in review; each names the rule it pins down.</summary>
public class RegressionTests
{
    [Fact]
    public void Replay_refuses_a_refund_for_a_deposit_that_could_be_credited()
    {
        var h = new Harness();
        var ex = Assert.Throws<InvalidPubdataException>(() => h.Stf.ApplyRecord(new DepositRecord(PubdataRecord.NoAccount, Address("alice"), 5 * Usd)));
        Assert.Equal(RejectReason.UnknownAccount, ex.Reason);
        h.Stf.ApplyRecord(new DepositRecord(2, Address("alice"), 5 * Usd));
        Assert.Equal(5 * Usd, h.Collateral(2));
    }

    [Fact]
    public void Deposits_to_the_zero_address_are_refunded_on_both_paths()
    {
        var h = new Harness();
        var r = h.MustApply(new DepositOperation(Rollup.Core.Ethereum.L1Address.Zero, 7));
        Assert.Equal(PubdataRecord.NoAccount, ((DepositRecord)r.Record!).AccountId);
        Assert.Throws<InvalidPubdataException>(() => h.Stf.ApplyRecord(new DepositRecord(h.State.NextAccountId, Rollup.Core.Ethereum.L1Address.Zero, 7)));
        Assert.Equal(2, h.State.AccountCount);
    }

    [Fact]
    public void Replay_refuses_dropping_a_valid_L1_key_registration()
    {
        var h = new Harness();
        var packed = KeyRules.Pack(TestKeys.Public(TestKeys.FromSeed("alice")).X, TestKeys.Public(TestKeys.FromSeed("alice")).Y);
        Assert.Throws<InvalidPubdataException>(() => h.Stf.ApplyRecord(new L1RegisterKeyRecord(PubdataRecord.NoAccount, Address("alice"), packed)));
        h.Stf.ApplyRecord(new L1RegisterKeyRecord(2, Address("alice"), packed));
        Assert.True(h.State.GetAccount(2)!.HasKey);
    }

    [Fact]
    public void L1_key_registration_publishes_the_queued_bytes_even_when_they_are_not_a_point()
    {
        var h = new Harness();
        var junk = Enumerable.Repeat((byte)0xff, 32).ToArray(); // y >= r with the sign bit set
        var r = h.MustApply(new L1RegisterKeyOperation(Address("alice"), junk));
        var rec = Assert.IsType<L1RegisterKeyRecord>(r.Record);
        Assert.Equal(PubdataRecord.NoAccount, rec.AccountId);
        Assert.Equal(junk, rec.PackedKey);
        Assert.Throws<ArgumentException>(() => new L1RegisterKeyOperation(Address("alice"), new byte[31]));
    }

    [Fact]
    public void Liquidation_refuses_a_price_wider_than_48_bits()
    {
        var h = new Harness(new RiskParameters { OracleQuorum = 2, MakerFeeBps = 0, TakerFeeBps = 0 });
        var seller = h.NewTrader("seller", 20_000);
        var buyer = h.NewTrader("buyer", 10_000);
        var liquidator = h.NewTrader("liquidator", 100_000);
        h.Fund(Limits.InsuranceAccountId, 1_000_000);
        var s = h.List(Btc, 1_000, Day0 + 30, OptionKind.Call);
        Assert.True(h.PostPrice(Btc, 1_000).Accepted);
        Assert.True(h.Trade(seller, buyer, s, Side.Buy, 100, 1).Accepted);
        h.Now += 10;
        Assert.True(h.PostPrice(Btc, 0, rawPrice: Limits.MaxPrice).Accepted);
        var n = h.State.GetAccount(liquidator.Id)!.Nonce;
        var op = new LiquidateOperation(seller.Id, liquidator.Id, s, 1, n,
            TestKeys.Sign(liquidator.Key, LiquidateOperation.Message(h.Domain, seller.Id, liquidator.Id, s, 1, n)));
        Refused(h, op, RejectReason.OutOfRange);
    }

    [Fact]
    public void Expired_positions_are_valued_at_the_settlement_price_and_not_before_it_is_posted()
    {
        var h = new Harness(new RiskParameters { OracleQuorum = 2, MakerFeeBps = 0, TakerFeeBps = 0 });
        var seller = h.NewTrader("seller", 18_000);
        var buyer = h.NewTrader("buyer", 10_000);
        var s = h.StandardSeries();
        Assert.True(h.Trade(seller, buyer, s, Side.Buy, 2_000, 1_000).Accepted);
        ulong expiry = h.State.Series[s].Expiry;
        h.Now = expiry + 60;
        Assert.True(h.PostPrice(Btc, 100_000).Accepted);
        // Expired, no settlement price yet: nothing can be valued, so nothing can leave.
        Assert.Equal(RejectReason.NotSettled, h.Withdraw(seller, Usd).Reason);
        Assert.Equal(0UL, ((ForcedWithdrawalRecord)h.MustApply(new ForcedWithdrawalOperation(seller.Address, seller.Id)).Record!).Amount);

        // Settled in the money at 120,000 even though the index is back at 100,000: the short owes
        // 10,000, so only 20,000 - 10,000 - requirement (15% of 120,000 + 2,000 lock) is free.
        Assert.True(h.PostPrice(Btc, 120_000, expiry, OraclePriceKind.Settlement).Accepted);
        var r = h.MustApply(new ForcedWithdrawalOperation(seller.Address, seller.Id));
        Assert.Equal(0UL, ((ForcedWithdrawalRecord)r.Record!).Amount);
        Assert.Equal(RejectReason.InsufficientMargin, h.Withdraw(seller, Usd).Reason);
        h.MustApply(new SettleOperation(seller.Id, s));
        Assert.Equal(10_000 * Usd, h.Collateral(seller.Id));
    }

    [Fact]
    public void Oracle_price_of_an_unknown_kind_is_refused()
    {
        var h = new Harness();
        const OraclePriceKind bogus = (OraclePriceKind)2;
        var subs = new[] { (byte)0, (byte)1 }.Select(i => new OracleSubmission(i, Usd,
            TestKeys.Sign(OracleKeys[i], OraclePriceOperation.Message(h.Domain, bogus, Btc, h.Now, Usd)))).ToArray();
        Refused(h, new OraclePriceOperation(bogus, Btc, h.Now, subs), RejectReason.OutOfRange);
    }

    [Fact]
    public void Batch_timestamps_are_limited_to_40_bits()
    {
        var h = new Harness();
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchBuilder(h.Stf, 1, Limits.MaxTimestamp + 1, 4));
        var pubdata = PubdataCodec.Encode(Limits.MaxTimestamp + 1, []);
        Assert.Throws<PubdataFormatException>(() => PubdataCodec.Decode(pubdata));
    }
}
