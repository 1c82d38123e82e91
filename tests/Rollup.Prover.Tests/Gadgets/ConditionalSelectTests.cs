using Rollup.Core.Fields;
using Rollup.Prover.Gadgets;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets;

public class ConditionalSelectTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Select_picks_the_branch(bool condition)
    {
        var cs = new ConstraintSystem();
        var t = cs.AllocatePrivate(Fr.FromUInt64(11));
        var f = cs.AllocatePrivate(Fr.FromUInt64(22));
        var c = Booleans.AllocateBit(cs, condition);
        var result = ConditionalSelect.Select(cs, c, t, f);
        Assert.Equal(Fr.FromUInt64(condition ? 11ul : 22ul), cs.Value(result));
        Assert.Equal(2, cs.ConstraintCount);
        // The branch not taken is free by design; the condition and the result are not.
        GadgetAssert.EveryWireMatters(cs, firstWire: c.Index);
    }
}
