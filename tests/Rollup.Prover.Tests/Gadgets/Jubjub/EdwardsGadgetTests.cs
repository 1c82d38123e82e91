using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Prover.Gadgets.Jubjub;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets.Jubjub;

public class EdwardsGadgetTests
{
    public static TheoryData<int> Pairs() => [0, 1, 2, 3, 4, 5, 6];

    /// <summary>Pairs covering the identity, small-order points, P + P and P + (−P), which complete formulas must all handle.</summary>
    private static (JubjubPoint P, JubjubPoint Q) Pair(int i)
    {
        var rng = new Random(i);
        var p = JubjubSamples.RandomSubgroupPoint(rng);
        return i switch
        {
            0 => (p, JubjubSamples.RandomSubgroupPoint(rng)),
            1 => (p, p),
            2 => (p, -p),
            3 => (BabyJubjub.Identity, p),
            4 => (JubjubSamples.OrderEight, p + JubjubSamples.OrderEight),
            5 => (new JubjubPoint(Fr.Zero, -Fr.One), JubjubSamples.OrderEight),
            _ => (p + JubjubSamples.OrderEight, BabyJubjub.Identity),
        };
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Sums_and_doublings_match_the_core_curve(int i)
    {
        var (p, q) = Pair(i);
        var cs = new ConstraintSystem();
        var pv = EdwardsPoint.Allocate(cs, p);
        var qv = EdwardsPoint.Allocate(cs, q);
        var sum = EdwardsGadget.Add(cs, pv, qv);
        var sumWithConstant = EdwardsGadget.AddConstant(cs, pv, q);
        var doubled = EdwardsGadget.Double(cs, pv);
        EdwardsGadget.AssertSum(cs, pv, qv, sum);
        Assert.Equal(p + q, sum.ValueIn(cs));
        Assert.Equal(p + q, sumWithConstant.ValueIn(cs));
        Assert.Equal(JubjubPoint.Double(p), doubled.ValueIn(cs));
        GadgetAssert.Satisfied(cs);
    }

    [Fact]
    public void Costs_are_6_for_a_sum_3_for_a_constant_addend_5_for_a_doubling_3_for_the_curve_check()
    {
        var rng = new Random(7);
        var cs = new ConstraintSystem();
        var p = EdwardsPoint.Allocate(cs, JubjubSamples.RandomSubgroupPoint(rng));
        var q = EdwardsPoint.Allocate(cs, JubjubSamples.RandomSubgroupPoint(rng));
        Assert.Equal(6, Cost(cs, () => EdwardsGadget.Add(cs, p, q)));
        Assert.Equal(3, Cost(cs, () => EdwardsGadget.AddConstant(cs, p, BabyJubjub.Base8)));
        Assert.Equal(5, Cost(cs, () => EdwardsGadget.Double(cs, p)));
        Assert.Equal(3, Cost(cs, () => EdwardsGadget.AssertOnCurve(cs, p)));
        GadgetAssert.EveryWireMatters(cs);
    }

    [Fact]
    public void A_point_off_the_curve_is_refused()
    {
        var p = JubjubSamples.RandomSubgroupPoint(new Random(8));
        var cs = new ConstraintSystem();
        EdwardsGadget.AssertOnCurve(cs, EdwardsPoint.Allocate(cs, new JubjubPoint(p.X, p.Y + Fr.One)));
        Assert.False(cs.IsSatisfied(out _));
    }

    [Fact]
    public void A_wrong_claimed_sum_is_refused()
    {
        var rng = new Random(9);
        var p = JubjubSamples.RandomSubgroupPoint(rng);
        var q = JubjubSamples.RandomSubgroupPoint(rng);
        foreach (var claimed in new[] { p + q + BabyJubjub.Base8, p - q, p + q + JubjubSamples.OrderEight })
        {
            var cs = new ConstraintSystem();
            EdwardsGadget.AssertSum(cs, EdwardsPoint.Allocate(cs, p), EdwardsPoint.Allocate(cs, q), EdwardsPoint.Allocate(cs, claimed));
            Assert.False(cs.IsSatisfied(out _));
        }
    }

    private static int Cost(ConstraintSystem cs, Action build)
    {
        int before = cs.ConstraintCount;
        build();
        return cs.ConstraintCount - before;
    }
}
