using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Sequencer.Book;
using Rollup.Sequencer.Engine;

namespace Rollup.Sequencer.Tests.Engine;

public class FillBlameTests
{
    private static OperationResult Refused(RejectReason reason, string detail) =>
        new(NoopOperation.Instance, reason, detail, null, [], Fr.Zero, Fr.Zero);

    [Theory]
    [InlineData(RejectReason.InsufficientMargin, "maker account 5 would be insolvent", FillFault.Maker)]
    [InlineData(RejectReason.InsufficientMargin, "taker account 6: equity 1 below initial margin 2", FillFault.Taker)]
    [InlineData(RejectReason.Overfill, "maker order 3 has filled 10 of 10; 1 more overfills it", FillFault.Maker)]
    [InlineData(RejectReason.InsufficientCollateral, "account 5 has 10, needs 20", FillFault.Maker)]
    [InlineData(RejectReason.InsufficientCollateral, "account 6 has 10, needs 20", FillFault.Taker)]
    [InlineData(RejectReason.StalePrice, "maker account 5: positions cannot be valued", FillFault.Taker)]
    [InlineData(RejectReason.SeriesExpired, "series 2 expired at 100", FillFault.Taker)]
    [InlineData(RejectReason.OutOfRange, "cash amount exceeds 2^63-1", FillFault.Taker)]
    public void Refusals_are_blamed_on_the_side_core_names(RejectReason reason, string detail, FillFault expected) =>
        Assert.Equal(expected, FillBlame.Classify(Refused(reason, detail), maker: 5).Fault);
}
