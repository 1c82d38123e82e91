using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Prover.Gadgets.Jubjub;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets.Jubjub;

public class MontgomeryGadgetTests
{
    [Fact]
    public void The_montgomery_form_is_v2_equals_u3_plus_168698_u2_plus_u()
    {
        Assert.Equal(Fr.FromUInt64(168698), MontgomeryGadget.A);
        var rng = new Random(1);
        foreach (var p in new[] { BabyJubjub.Base8, JubjubSamples.OrderEight, JubjubSamples.RandomSubgroupPoint(rng) })
        {
            var (u, v) = MontgomeryGadget.ToMontgomery(p);
            Assert.Equal(u * u * u + MontgomeryGadget.A * u * u + u, v * v);
        }
    }

    [Fact]
    public void D_is_not_a_square_so_no_point_has_u_equal_to_minus_one()
    {
        // u = -1 needs v² = -1 + A - 1 = A - 2 = d; ToEdwards relies on this to divide by u + 1.
        Assert.Equal(BabyJubjub.D, MontgomeryGadget.A - Fr.FromUInt64(2));
        Assert.False(Fr.TrySqrt(BabyJubjub.D, out _));
    }

    [Fact]
    public void Conversions_doubling_and_additions_match_the_core_curve()
    {
        var rng = new Random(2);
        for (int trial = 0; trial < 4; trial++)
        {
            var p = JubjubSamples.RandomSubgroupPoint(rng);
            var q = JubjubSamples.RandomSubgroupPoint(rng);
            var cs = new ConstraintSystem();
            var pm = MontgomeryGadget.FromEdwards(cs, EdwardsPoint.Allocate(cs, p));
            var qm = MontgomeryGadget.FromEdwards(cs, EdwardsPoint.Allocate(cs, q));
            Assert.Equal(MontgomeryGadget.ToMontgomery(p), pm.ValueIn(cs));
            Assert.Equal(p, MontgomeryGadget.ToEdwards(cs, pm).ValueIn(cs));
            Assert.Equal(JubjubPoint.Double(p), MontgomeryGadget.ToEdwards(cs, MontgomeryGadget.Double(cs, pm)).ValueIn(cs));
            Assert.Equal(p + q, MontgomeryGadget.ToEdwards(cs, MontgomeryGadget.Add(cs, pm, qm)).ValueIn(cs));
            Assert.Equal(p + p + q, MontgomeryGadget.ToEdwards(cs, MontgomeryGadget.DoubleAndAdd(cs, pm, qm)).ValueIn(cs));
            GadgetAssert.EveryWireMatters(cs);
        }
    }

    [Fact]
    public void Costs_are_4_for_a_doubling_3_for_a_sum_5_for_double_and_add_2_per_conversion()
    {
        var rng = new Random(3);
        var cs = new ConstraintSystem();
        var p = EdwardsPoint.Allocate(cs, JubjubSamples.RandomSubgroupPoint(rng));
        var q = EdwardsPoint.Allocate(cs, JubjubSamples.RandomSubgroupPoint(rng));
        int start = cs.ConstraintCount;
        var pm = MontgomeryGadget.FromEdwards(cs, p);
        Assert.Equal(2, cs.ConstraintCount - start);
        var qm = MontgomeryGadget.FromEdwards(cs, q);
        start = cs.ConstraintCount;
        MontgomeryGadget.Double(cs, pm);
        Assert.Equal(4, cs.ConstraintCount - start);
        start = cs.ConstraintCount;
        MontgomeryGadget.Add(cs, pm, qm);
        Assert.Equal(3, cs.ConstraintCount - start);
        start = cs.ConstraintCount;
        MontgomeryGadget.DoubleAndAdd(cs, pm, qm);
        Assert.Equal(5, cs.ConstraintCount - start);
        start = cs.ConstraintCount;
        MontgomeryGadget.ToEdwards(cs, pm);
        Assert.Equal(2, cs.ConstraintCount - start);
    }

    [Fact]
    public void Converting_the_identity_is_unsatisfiable()
    {
        var cs = new ConstraintSystem();
        MontgomeryGadget.FromEdwards(cs, EdwardsPoint.Allocate(cs, BabyJubjub.Identity));
        Assert.False(cs.IsSatisfied(out _));
    }

    [Fact]
    public void Adding_a_point_to_its_negation_is_unsatisfiable()
    {
        // The exceptional case of the chord formula: u_P = u_Q with v_P ≠ v_Q (Q = −P) has no slope.
        var p = JubjubSamples.RandomSubgroupPoint(new Random(4));
        var cs = new ConstraintSystem();
        var pm = MontgomeryGadget.FromEdwards(cs, EdwardsPoint.Allocate(cs, p));
        var minus = MontgomeryGadget.FromEdwards(cs, EdwardsPoint.Allocate(cs, -p));
        MontgomeryGadget.Add(cs, pm, minus);
        Assert.False(cs.IsSatisfied(out _));
    }
}
