using Rollup.Core.Fields;
using Rollup.Prover.Gadgets;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets;

public class BitLogicTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void Xor_of_wires_and_constants_follows_the_truth_table(bool a, bool b)
    {
        var cs = new ConstraintSystem();
        var wa = Booleans.AllocateBit(cs, a);
        var wb = Booleans.AllocateBit(cs, b);
        var expected = a ^ b ? Fr.One : Fr.Zero;
        int before = cs.ConstraintCount;
        Assert.Equal(expected, cs.Value(BitLogic.Xor(cs, wa, wb)));
        Assert.Equal(before + 1, cs.ConstraintCount);
        Assert.Equal(expected, cs.Value(BitLogic.Xor(cs, wa, Constant(b))));
        Assert.Equal(expected, cs.Value(BitLogic.Xor(cs, Constant(a), wb)));
        Assert.True(BitLogic.IsConstant(BitLogic.Xor(cs, Constant(a), Constant(b)), out var folded));
        Assert.Equal(expected, folded);
        Assert.Equal(before + 1, cs.ConstraintCount);
        GadgetAssert.EveryWireMatters(cs);
    }

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, true)]
    [InlineData(false, true, false)]
    [InlineData(true, true, false)]
    public void Choose_picks_by_the_condition_and_folds_constants(bool condition, bool ifOne, bool ifZero)
    {
        var cs = new ConstraintSystem();
        var c = Booleans.AllocateBit(cs, condition);
        var x = Booleans.AllocateBit(cs, ifOne);
        var y = Booleans.AllocateBit(cs, ifZero);
        var expected = (condition ? ifOne : ifZero) ? Fr.One : Fr.Zero;
        int before = cs.ConstraintCount;
        Assert.Equal(expected, cs.Value(BitLogic.Choose(cs, c, x, y)));
        Assert.Equal(before + 1, cs.ConstraintCount);
        Assert.Equal(expected, cs.Value(BitLogic.Choose(cs, c, Constant(ifOne), Constant(ifZero))));
        Assert.Equal(expected, cs.Value(BitLogic.Choose(cs, Constant(condition), x, y)));
        Assert.Equal(before + 1, cs.ConstraintCount);
        // The unchosen operand may change freely; the outputs may not.
        GadgetAssert.EveryWireMatters(cs, firstWire: 4);
    }

    [Fact]
    public void A_wrong_xor_output_is_unsatisfiable()
    {
        var cs = new ConstraintSystem();
        var x = BitLogic.Xor(cs, Booleans.AllocateBit(cs, true), Booleans.AllocateBit(cs, true));
        cs.EnforceEqual(x, Fr.One);
        Assert.False(cs.IsSatisfied(out _));
    }

    private static LinearCombination Constant(bool b) => b ? Fr.One : Fr.Zero;
}
