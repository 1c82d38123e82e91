using System.Numerics;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Prover.Gadgets.Jubjub;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets.Jubjub;

public class VariableBaseMultiplicationTests
{
    public static TheoryData<string, int> Scalars()
    {
        var l = JubjubSamples.SubOrder;
        var r = Fr.Modulus.ToBigInteger();
        var rng = new Random(21);
        var data = new TheoryData<string, int>();
        // Scalars that stress the signed digits (all zeros: the accumulator stays at T), the wrap past l
        // in the Edwards windows, and multiples of l where the result is the identity.
        foreach (var k in new[]
        {
            BigInteger.Zero, BigInteger.One, 2, 3, l - 1, l, l + 1, 2 * l, 8 * l - 1, r - 1, (BigInteger.One << 253) - 1,
            BigInteger.One << 253, (BigInteger.One << 254) - 1, JubjubSamples.RandomScalar(rng, 254), JubjubSamples.RandomScalar(rng, 254),
        })
            data.Add(k.ToString(System.Globalization.CultureInfo.InvariantCulture), 254);
        foreach (var (k, n) in new[] { (1, 1), (0, 1), (2, 2), (3, 2), (5, 3), (6, 3), (9, 4), (21, 5) })
            data.Add(k.ToString(System.Globalization.CultureInfo.InvariantCulture), n);
        return data;
    }

    [Theory]
    [MemberData(nameof(Scalars))]
    public void Matches_the_core_multiplication(string scalar, int bitCount)
    {
        var k = BigInteger.Parse(scalar, System.Globalization.CultureInfo.InvariantCulture);
        var t = JubjubSamples.RandomSubgroupPoint(new Random(bitCount + (int)(k % 1000)));
        var cs = new ConstraintSystem();
        var result = VariableBaseMultiplication.Multiply(cs, JubjubSamples.AllocateBits(cs, k, bitCount), EdwardsPoint.Allocate(cs, t));
        Assert.Equal(JubjubSamples.Times(t, k), result.ValueIn(cs));
        GadgetAssert.Satisfied(cs);
    }

    [Fact]
    public void Base8_itself_and_its_negation_work_as_bases()
    {
        foreach (var t in new[] { BabyJubjub.Base8, -BabyJubjub.Base8 })
        {
            var k = JubjubSamples.RandomScalar(new Random(22), 254);
            var cs = new ConstraintSystem();
            var result = VariableBaseMultiplication.Multiply(cs, JubjubSamples.AllocateBits(cs, k, 254), EdwardsPoint.Allocate(cs, t));
            Assert.Equal(JubjubSamples.Times(t, k), result.ValueIn(cs));
            GadgetAssert.Satisfied(cs);
        }
    }

    [Fact]
    public void A_254_bit_scalar_costs_124_montgomery_and_2_edwards_windows_and_every_wire_matters()
    {
        var rng = new Random(23);
        var cs = new ConstraintSystem();
        var bits = JubjubSamples.AllocateBits(cs, JubjubSamples.RandomScalar(rng, 254), 254);
        var t = EdwardsPoint.Allocate(cs, JubjubSamples.RandomSubgroupPoint(rng));
        int start = cs.ConstraintCount;
        VariableBaseMultiplication.Multiply(cs, bits, t);
        // T to Montgomery 2, 3T 7, top bit 2, windows 13 each, 3T and the accumulator to Edwards 4,
        // Edwards windows 20 each, correction 2 + 6.
        Assert.Equal(2 + 7 + 2 + 124 * 13 + 4 + 2 * 20 + 8, cs.ConstraintCount - start);
        GadgetAssert.EveryWireMatters(cs);
    }

    [Fact]
    public void The_identity_as_base_is_unsatisfiable()
    {
        var cs = new ConstraintSystem();
        VariableBaseMultiplication.Multiply(cs, JubjubSamples.AllocateBits(cs, 12345, 254), EdwardsPoint.Allocate(cs, BabyJubjub.Identity));
        Assert.False(cs.IsSatisfied(out _));
    }

    [Fact]
    public void A_scalar_differing_in_one_bit_does_not_reach_the_same_point()
    {
        var rng = new Random(24);
        var t = JubjubSamples.RandomSubgroupPoint(rng);
        var k = JubjubSamples.RandomScalar(rng, 254);
        var expected = JubjubSamples.Times(t, k);
        foreach (int i in new[] { 0, 1, 2, 100, 251, 252, 253 })
        {
            var cs = new ConstraintSystem();
            var result = VariableBaseMultiplication.Multiply(cs, JubjubSamples.AllocateBits(cs, k ^ (BigInteger.One << i), 254), EdwardsPoint.Allocate(cs, t));
            GadgetAssert.Satisfied(cs);
            cs.EnforceEqual(result.X, expected.X);
            cs.EnforceEqual(result.Y, expected.Y);
            Assert.False(cs.IsSatisfied(out _), $"flipping bit {i} still gives k·T");
        }
    }
}
