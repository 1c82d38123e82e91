using Rollup.Core.Fields;
using Rollup.Prover.Gadgets;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets;

public class DivisionTests
{
    [Fact]
    public void The_quotient_is_pinned_by_one_constraint()
    {
        var cs = new ConstraintSystem();
        var q = Division.Divide(cs, cs.AllocatePrivate(Fr.FromUInt64(21)), cs.AllocatePrivate(Fr.FromUInt64(7)));
        Assert.Equal(Fr.FromUInt64(3), cs.Value(q));
        Assert.Equal(1, cs.ConstraintCount);
        GadgetAssert.EveryWireMatters(cs);
    }

    [Fact]
    public void Dividing_a_non_zero_value_by_zero_leaves_an_unsatisfied_system_not_an_exception()
    {
        var cs = new ConstraintSystem();
        var q = Division.Divide(cs, cs.AllocatePrivate(Fr.FromUInt64(5)), cs.AllocatePrivate(Fr.Zero));
        Assert.Equal(Fr.Zero, cs.Value(q));
        Assert.False(cs.IsSatisfied(out _));
    }
}
