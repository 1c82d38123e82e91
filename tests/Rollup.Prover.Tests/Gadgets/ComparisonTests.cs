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

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(-1, true)]
    [InlineData(-1000, true)]
    public void Bits_at_most_a_constant_accept_the_bound_and_refuse_one_more(int offsetFromBound, bool accepted)
    {
        // The bound l - 1 (251 bits) as the verifier's S < l check uses it.
        var bound = System.Numerics.BigInteger.Parse("2736030358979909402780800718157159386076813972158567259200215660948447373040", System.Globalization.CultureInfo.InvariantCulture);
        var cs = new ConstraintSystem();
        var bits = BitDecomposition.ToBits(cs, cs.AllocatePrivate(Fr.FromBigInteger(bound + offsetFromBound)), 251);
        int before = cs.ConstraintCount;
        Comparison.AssertAtMost(cs, bits, UInt256.FromBigInteger(bound));
        Assert.Equal(250, cs.ConstraintCount - before);
        Assert.Equal(accepted, cs.IsSatisfied(out _));
    }

    [Fact]
    public void A_bound_beyond_the_bit_width_costs_nothing_and_accepts_everything()
    {
        var cs = new ConstraintSystem();
        var bits = BitDecomposition.ToBits(cs, cs.AllocatePrivate(Fr.FromUInt64(255)), 8);
        int before = cs.ConstraintCount;
        Comparison.AssertAtMost(cs, bits, new UInt256(256));
        Assert.Equal(before, cs.ConstraintCount);
        Comparison.AssertAtMost(cs, bits, new UInt256(254));
        Assert.False(cs.IsSatisfied(out _));
    }
}
