using Rollup.Core.Fields;
using Rollup.Prover.Gadgets;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets;

public class BooleansTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Bits_are_satisfied_and_constrained(bool value)
    {
        var cs = new ConstraintSystem();
        var b = Booleans.AllocateBit(cs, value);
        Assert.Equal(value ? Fr.One : Fr.Zero, cs.Value(b));
        Assert.Equal(1, cs.ConstraintCount);
        GadgetAssert.Satisfied(cs);
        // A lone bit may flip (both values are bits); anything else must fail.
        foreach (var other in new[] { Fr.FromUInt64(2), -Fr.One, Fr.FromUInt64(1234) })
        {
            var w = cs.Witness();
            w[b.Index] = other;
            Assert.False(cs.IsSatisfiedBy(w, out int failing));
            Assert.Equal(0, failing);
        }
    }

    [Fact]
    public void Two_is_not_a_bit()
    {
        var cs = new ConstraintSystem();
        Booleans.AssertBoolean(cs, cs.AllocatePrivate(Fr.FromUInt64(2)));
        Assert.False(cs.IsSatisfied(out _));
    }
}
