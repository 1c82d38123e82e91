using System.Numerics;
using System.Security.Cryptography;
using Rollup.Core.Batches;
using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;
using Rollup.Core.Tests.Protocol;
using static Rollup.Core.Tests.Protocol.Harness;

namespace Rollup.Core.Tests.Batches;

public class BatchTests
{
    [Fact]
    public void Commitment_is_sha256_of_the_documented_fields_with_top_bits_cleared()
    {
        var oldRoot = Fr.FromUInt64(1);
        var newRoot = Fr.Parse("21888242871839275222246405745257275088548364400416034343698204186575808495616");
        var pubdata = new byte[] { 0, 0, 0, 0, 0, 0, 0, 9, 0 };
        var expectedInput = Convert.FromHexString(
            "0000000000000000000000000000000000000000000000000000000000000001" +
            "30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000000" +
            "0000000000000005" + "0000000000000003" + "0000000000000004" + "000000000000000900");
        var digest = SHA256.HashData(expectedInput);
        Assert.Equal(digest, BatchCommitment.Digest(oldRoot, newRoot, 5, 3, 4, pubdata));
        var v = new BigInteger(digest, isUnsigned: true, isBigEndian: true) & ((BigInteger.One << 253) - 1);
        var input = BatchCommitment.Compute(oldRoot, newRoot, 5, 3, 4, pubdata);
        Assert.Equal(v, input.ToBigInteger());
        Assert.True(input.ToBigInteger() < BigInteger.One << 253);
    }

    [Fact]
    public void Sealed_batch_is_padded_with_noops_and_covers_the_priority_range()
    {
        var h = new Harness();
        var builder = new BatchBuilder(h.Stf, 1, Start, slots: 6);
        Assert.True(builder.Add(new DepositOperation(Address("a"), Usd)).Accepted);
        Assert.True(builder.Add(new DepositOperation(Address("b"), Usd)).Accepted);
        Assert.False(builder.Add(new SettleOperation(2, 0)).Accepted);
        var batch = builder.Seal();
        Assert.Equal(6, batch.Records.Count);
        Assert.Equal(4, batch.Records.Count(r => r is NoopRecord));
        Assert.Equal(0UL, batch.PriorityFirst);
        Assert.Equal(2UL, batch.PriorityEnd);
        Assert.Equal(PubdataCodec.HeaderSize + 2 * 33 + 4, batch.Pubdata.Length);
        Assert.Equal(h.State.Root, batch.NewRoot);
        Assert.NotEqual(batch.OldRoot, batch.NewRoot);
    }

    [Fact]
    public void Full_batch_refuses_more_operations()
    {
        var h = new Harness();
        var builder = new BatchBuilder(h.Stf, 1, Start, slots: 1);
        builder.Add(new DepositOperation(Address("a"), Usd));
        Assert.Throws<InvalidOperationException>(() => builder.Add(new DepositOperation(Address("b"), Usd)));
    }

    [Fact]
    public void Replaying_published_pubdata_on_a_fresh_genesis_reproduces_every_root_and_commitment()
    {
        var live = new Harness();
        var batches = new List<Batch>();
        var b1 = new BatchBuilder(live.Stf, 1, Start, 16);
        var maker = Join(live, b1, "maker", 50_000);
        var taker = Join(live, b1, "taker", 20_000);
        var liquidator = Join(live, b1, "liq", 200_000);
        Assert.True(b1.Add(new DepositOperation(Address("insurance"), 100_000 * Usd)).Accepted);
        var s = ((ListSeriesRecord)b1.Add(new ListSeriesOperation(Btc, 110_000 * Usd, Day0 + 30, OptionKind.Call)).Record!).SeriesIndex;
        Assert.True(b1.Add(live.PriceOp(Btc, 100_000 * Usd, Start)).Accepted);
        Assert.True(b1.Add(new TradeOperation(live.Order(maker, 1, s, Side.Sell, 2_000, 2_000), live.Order(taker, 1, s, Side.Buy, 2_000, 2_000), 2_000)).Accepted);
        Assert.True(b1.Add(new CancelOperation(maker.Id, 2, TestKeys.Sign(maker.Key, CancelOperation.Message(live.Domain, maker.Id, 2)))).Accepted);
        batches.Add(b1.Seal());

        var b2 = new BatchBuilder(live.Stf, 2, Start + 100, 8);
        Assert.True(b2.Add(live.PriceOp(Btc, 140_000 * Usd, Start + 100)).Accepted);
        var n = live.State.GetAccount(liquidator.Id)!.Nonce;
        Assert.True(b2.Add(new LiquidateOperation(maker.Id, liquidator.Id, s, 2_000, n,
            TestKeys.Sign(liquidator.Key, LiquidateOperation.Message(live.Domain, maker.Id, liquidator.Id, s, 2_000, n)))).Accepted);
        Assert.True(b2.Add(new WithdrawOperation(taker.Id, Usd, 0, TestKeys.Sign(taker.Key, WithdrawOperation.Message(live.Domain, taker.Id, 0, Usd)))).Accepted);
        Assert.True(b2.Add(new ForcedWithdrawalOperation(maker.Address, maker.Id)).Accepted);
        batches.Add(b2.Seal());

        var rebuilt = new Harness();
        foreach (var batch in batches)
        {
            var commitment = BatchReplayer.Replay(rebuilt.Stf, batch.Number, batch.PriorityFirst, batch.Pubdata);
            Assert.Equal(batch.NewRoot, rebuilt.State.Root);
            Assert.Equal(batch.PublicInput(), commitment);
        }
        Assert.Equal(live.State.TotalCollateral(), rebuilt.State.TotalCollateral());
    }

    [Fact]
    public void Replay_refuses_pubdata_that_does_not_apply()
    {
        var h = new Harness();
        var forged = PubdataCodec.Encode(Start, [new WithdrawRecord(5, Address("x"), Usd)]);
        var ex = Assert.Throws<InvalidPubdataException>(() => BatchReplayer.Replay(h.Stf, 1, 0, forged));
        Assert.Equal(RejectReason.UnknownAccount, ex.Reason);
        var overdraw = PubdataCodec.Encode(Start, [new DepositRecord(2, Address("x"), Usd), new WithdrawRecord(2, Address("x"), 2 * Usd)]);
        Assert.Equal(RejectReason.InsufficientCollateral, Assert.Throws<InvalidPubdataException>(() => BatchReplayer.Replay(new Harness().Stf, 1, 0, overdraw)).Reason);
    }

    private static Trader Join(Harness h, BatchBuilder b, string name, ulong usd)
    {
        var key = TestKeys.FromSeed(name);
        var (x, y) = TestKeys.Public(key);
        Assert.True(b.Add(new L1RegisterKeyOperation(Address(name), x, y)).Accepted);
        Assert.True(b.Add(new DepositOperation(Address(name), usd * Usd)).Accepted);
        return new Trader(name, h.State.FindAccount(Address(name))!.Id, Address(name), key);
    }
}
