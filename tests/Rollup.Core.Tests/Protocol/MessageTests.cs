using Rollup.Core.Operations;
using Rollup.Core.Tests.Protocol;

namespace Rollup.Core.Tests.Protocol;

public class MessageTests
{
    private static readonly MessageDomain Domain = new Harness().Domain;

    // Regression: the liquidation nonce was packed above bit 112 of a 128-bit word, so nonces
    // 2^16 apart signed the same message and a liquidation signature could be replayed.
    [Fact]
    public void Liquidation_messages_differ_for_every_nonce_bit()
    {
        var baseline = LiquidateOperation.Message(Domain, 2, 3, 4, 5, 0);
        for (int bit = 0; bit < 32; bit++)
            Assert.NotEqual(baseline, LiquidateOperation.Message(Domain, 2, 3, 4, 5, 1u << bit));
    }

    [Fact]
    public void Every_packed_message_field_reaches_the_hash_at_its_full_width()
    {
        var order = new Order(uint.MaxValue, uint.MaxValue, ushort.MaxValue, Side.Sell, (1UL << 48) - 1, uint.MaxValue - 1, (1UL << 40) - 1, 10_000, true, true);
        var m = order.Message(Domain);
        Assert.NotEqual(m, (order with { AccountId = uint.MaxValue - 1 }).Message(Domain));
        Assert.NotEqual(m, (order with { OrderId = uint.MaxValue >> 1 }).Message(Domain));
        Assert.NotEqual(m, (order with { SeriesIndex = 1 << 15 }).Message(Domain));
        Assert.NotEqual(m, (order with { Side = Side.Buy }).Message(Domain));
        Assert.NotEqual(m, (order with { ReduceOnly = false }).Message(Domain));
        Assert.NotEqual(m, (order with { PostOnly = false }).Message(Domain));
        Assert.NotEqual(m, (order with { MaxFeeBps = 1 << 13 }).Message(Domain));
        Assert.NotEqual(m, (order with { LimitPrice = 1UL << 47 }).Message(Domain));
        Assert.NotEqual(m, (order with { Size = 1u << 31 }).Message(Domain));
        Assert.NotEqual(m, (order with { Expiry = 1UL << 39 }).Message(Domain));

        Assert.NotEqual(WithdrawOperation.Message(Domain, 1, 1, 1UL << 62), WithdrawOperation.Message(Domain, 1, 1, 0));
        Assert.NotEqual(WithdrawOperation.Message(Domain, 1, 1u << 31, 5), WithdrawOperation.Message(Domain, 1, 0, 5));
        Assert.NotEqual(CancelOperation.Message(Domain, 1, 1u << 31), CancelOperation.Message(Domain, 1, 0));
        Assert.NotEqual(OraclePriceOperation.Message(Domain, OraclePriceKind.Index, 0, 1UL << 39, 7), OraclePriceOperation.Message(Domain, OraclePriceKind.Index, 0, 0, 7));
        Assert.NotEqual(OraclePriceOperation.Message(Domain, OraclePriceKind.Index, 0, 5, 1UL << 47), OraclePriceOperation.Message(Domain, OraclePriceKind.Index, 0, 5, 0));
    }
}
