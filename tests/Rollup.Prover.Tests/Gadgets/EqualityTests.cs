using Rollup.Core.Fields;
using Rollup.Prover.Gadgets;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets;

public class EqualityTests
{
    [Theory]
    [InlineData(5ul, 5ul)]
    [InlineData(5ul, 6ul)]
    [InlineData(0ul, 0ul)]
    [InlineData(0ul, 1ul)]
    public void Is_equal_matches_and_every_wire_matters(ulong a, ulong b)
    {
        var cs = new ConstraintSystem();
        var eq = Equality.IsEqual(cs, cs.AllocatePrivate(Fr.FromUInt64(a)), cs.AllocatePrivate(Fr.FromUInt64(b)));
        Assert.Equal(a == b ? Fr.One : Fr.Zero, cs.Value(eq));
        Assert.Equal(2, cs.ConstraintCount);
        if (a != b) GadgetAssert.EveryWireMatters(cs);
        else GadgetAssert.Satisfied(cs);
    }

    [Fact]
    public void Equal_inputs_cannot_claim_unequal()
    {
        var cs = new ConstraintSystem();
        var x = cs.AllocatePrivate(Fr.FromUInt64(9));
        var eq = Equality.IsEqual(cs, x, x + Fr.Zero);
        var w = cs.Witness();
        // The inverse hint is free when x - y = 0 (any value works), but the result is not.
        w[eq.Index - 1] = Fr.FromUInt64(77);
        Assert.True(cs.IsSatisfiedBy(w, out _));
        w[eq.Index] = Fr.Zero;
        Assert.False(cs.IsSatisfiedBy(w, out _));
    }

    [Fact]
    public void Unequal_inputs_cannot_claim_equal()
    {
        var cs = new ConstraintSystem();
        var eq = Equality.IsEqual(cs, cs.AllocatePrivate(Fr.FromUInt64(3)), cs.AllocatePrivate(Fr.FromUInt64(4)));
        var w = cs.Witness();
        w[eq.Index] = Fr.One;
        foreach (var inv in new[] { Fr.Zero, Fr.One, -Fr.One })
        {
            w[eq.Index - 1] = inv;
            Assert.False(cs.IsSatisfiedBy(w, out _));
        }
    }
}
