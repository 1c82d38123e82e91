using Rollup.Core.Fields;
using Rollup.Prover.Gadgets;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets;

public class ComparisonTests
{
    [Theory]
    [InlineData(3ul, 5ul, 8)]
    [InlineData(5ul, 3ul, 8)]
    [InlineData(7ul, 7ul, 8)]
    [InlineData(0ul, 255ul, 8)]
    [InlineData(255ul, 0ul, 8)]
    [InlineData(0ul, 0ul, 1)]
    [InlineData(0ul, 1ul, 1)]
    [InlineData(ulong.MaxValue - 1, ulong.MaxValue, 64)]
    [InlineData(ulong.MaxValue, ulong.MaxValue - 1, 64)]
    public void Less_than_matches_integers(ulong a, ulong b, int n)
    {
        var cs = new ConstraintSystem();
        var lt = Comparison.LessThan(cs, cs.AllocatePrivate(Fr.FromUInt64(a)), cs.AllocatePrivate(Fr.FromUInt64(b)), n);
        Assert.Equal(a < b ? Fr.One : Fr.Zero, cs.Value(lt));
        Assert.Equal(n + 2, cs.ConstraintCount);
        GadgetAssert.EveryWireMatters(cs);
    }

    [Fact]
    public void Claiming_the_wrong_answer_is_unsatisfiable()
    {
        var cs = new ConstraintSystem();
        var lt = Comparison.LessThan(cs, cs.AllocatePrivate(Fr.FromUInt64(3)), cs.AllocatePrivate(Fr.FromUInt64(9)), 8);
        cs.EnforceEqual(lt, LinearCombination.Zero);
        Assert.False(cs.IsSatisfied(out _));
    }
}
