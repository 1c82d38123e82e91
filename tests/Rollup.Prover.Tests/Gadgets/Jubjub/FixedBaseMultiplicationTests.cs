using System.Numerics;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Prover.Gadgets.Jubjub;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets.Jubjub;

public class FixedBaseMultiplicationTests
{
    public static TheoryData<string, int> Scalars()
    {
        var l = JubjubSamples.SubOrder;
        var rng = new Random(11);
        var data = new TheoryData<string, int>();
        foreach (var k in new[]
        {
            BigInteger.Zero, BigInteger.One, 7, 8, l - 1, l, (BigInteger.One << 126) - 1, BigInteger.One << 126,
            (BigInteger.One << 251) - 1, JubjubSamples.RandomScalar(rng, 251), JubjubSamples.RandomScalar(rng, 251),
        })
            data.Add(k.ToString(System.Globalization.CultureInfo.InvariantCulture), 251);
        data.Add("5", 1 + 2);
        data.Add("1", 1);
        data.Add(((BigInteger.One << 127) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 127);
        data.Add(((BigInteger.One << 252) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 252);
        return data;
    }

    [Theory]
    [MemberData(nameof(Scalars))]
    public void Matches_the_core_multiplication(string scalar, int bitCount)
    {
        var k = BigInteger.Parse(scalar, System.Globalization.CultureInfo.InvariantCulture);
        var cs = new ConstraintSystem();
        var result = FixedBaseMultiplication.MultiplyBase8(cs, JubjubSamples.AllocateBits(cs, k, bitCount));
        Assert.Equal(JubjubSamples.Times(BabyJubjub.Base8, k), result.ValueIn(cs));
        GadgetAssert.Satisfied(cs);
    }

    [Fact]
    public void A_251_bit_scalar_costs_about_two_constraints_per_bit_and_every_wire_matters()
    {
        var cs = new ConstraintSystem();
        var bits = JubjubSamples.AllocateBits(cs, JubjubSamples.RandomScalar(new Random(12), 251), 251);
        int start = cs.ConstraintCount;
        FixedBaseMultiplication.MultiplyBase8(cs, bits);
        // Per segment 3 (or 1) for the top lookup and 6 per further window; 4 to leave Montgomery, 6 + 3 to join and correct.
        Assert.Equal(3 + 41 * 6 + 1 + 41 * 6 + 4 + 6 + 3, cs.ConstraintCount - start);
        GadgetAssert.EveryWireMatters(cs);
    }

    [Fact]
    public void Refuses_more_bits_than_the_segments_hold()
    {
        var cs = new ConstraintSystem();
        Assert.Throws<ArgumentException>(() => FixedBaseMultiplication.MultiplyBase8(cs, new LinearCombination[253]));
        Assert.Throws<ArgumentException>(() => FixedBaseMultiplication.MultiplyBase8(cs, []));
    }
}
