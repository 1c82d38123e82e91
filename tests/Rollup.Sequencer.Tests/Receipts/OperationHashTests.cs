using FsCheck;
using FsCheck.Fluent;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.Sequencer.Receipts;
using Rollup.Sequencer.Rpc;

namespace Rollup.Sequencer.Tests.Receipts;

public class OperationHashTests
{
    private static readonly Signature Sig = new(BabyJubjub.Base8, new UInt256(12345));

    private static Order Base => new(7, 9, 3, Side.Sell, 125_000_000, 2000, 1_767_254_400, 30);

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool Orders_that_differ_in_any_field_hash_differently(uint account, uint orderId, ushort series, ulong price, uint size, bool postOnly)
    {
        var a = Base with { AccountId = account, OrderId = orderId, SeriesIndex = series, LimitPrice = price, Size = size, PostOnly = postOnly };
        var variants = new[]
        {
            a with { AccountId = account + 1 },
            a with { OrderId = orderId + 1 },
            a with { SeriesIndex = (ushort)(series + 1) },
            a with { LimitPrice = price + 1 },
            a with { Size = size + 1 },
            a with { PostOnly = !postOnly },
            a with { ReduceOnly = true },
            a with { Side = Side.Buy },
        };
        var h = OperationHash.Of(new SignedOrder(a, Sig), TimeInForce.Gtc);
        return variants.All(v => OperationHash.Of(new SignedOrder(v, Sig), TimeInForce.Gtc) != h)
            && OperationHash.Of(new SignedOrder(a, Sig), TimeInForce.Ioc) != h
            && OperationHash.Of(new SignedOrder(a, new Signature(Sig.R8, new UInt256(12346))), TimeInForce.Gtc) != h
            && OperationHash.Of(new SignedOrder(a, Sig), TimeInForce.Gtc) == h;
    }

    [Fact]
    public void Operations_of_different_kinds_with_the_same_numbers_hash_differently()
    {
        var cancel = OperationHash.Of(new CancelOperation(7, 9, Sig));
        var cancelAll = OperationHash.Of(7, [new CancelOperation(7, 9, Sig)]);
        var withdraw = OperationHash.Of(new WithdrawOperation(7, 9, 0, Sig));
        Assert.Equal(3, new[] { cancel, cancelAll, withdraw }.Distinct().Count());
        Assert.NotEqual(
            OperationHash.Of(new RegisterKeyOperation(7, Fr.One, Fr.Zero, 1, new byte[65])),
            OperationHash.Of(new RegisterKeyOperation(7, Fr.One, Fr.Zero, 1, Enumerable.Repeat((byte)1, 65).ToArray())));
        Assert.NotEqual(
            OperationHash.Of(new OraclePriceOperation(OraclePriceKind.Index, 0, 100, [new OracleSubmission(0, 5, Sig)])),
            OperationHash.Of(new OraclePriceOperation(OraclePriceKind.Settlement, 0, 100, [new OracleSubmission(0, 5, Sig)])));
    }
}
