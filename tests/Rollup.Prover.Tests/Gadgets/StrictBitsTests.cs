using Rollup.Core.Fields;
using Rollup.Prover.Gadgets;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets;

public class StrictBitsTests
{
    private static readonly UInt256 RMinusOne = (-Fr.One).ToUInt256();

    [Fact]
    public void Canonical_bits_of_any_element_satisfy()
    {
        var rng = new Random(254);
        foreach (var v in new[] { Fr.Zero, Fr.One, -Fr.One, -Fr.FromUInt64(2) }.Concat(Enumerable.Range(0, 8).Select(_ => GadgetAssert.RandomFr(rng))))
        {
            var cs = new ConstraintSystem();
            var bits = StrictBits.ToBits(cs, cs.AllocatePrivate(v));
            var canonical = v.ToUInt256();
            for (int i = 0; i < StrictBits.BitCount; i++) Assert.Equal(canonical.Bit(i) ? Fr.One : Fr.Zero, cs.Value(bits[i]));
            GadgetAssert.Satisfied(cs);
        }
    }

    [Fact]
    public void Every_wire_matters_and_the_cost_is_about_two_per_bit()
    {
        var cs = new ConstraintSystem();
        using (cs.Scope("strict"))
            StrictBits.ToBits(cs, cs.AllocatePrivate(GadgetAssert.RandomFr(new Random(1))));
        Assert.InRange(cs.ConstraintCountsByScope["strict"], 254, 2 * 254 + 1);
        GadgetAssert.EveryWireMatters(cs);
    }

    [Theory]
    [InlineData(0ul)]
    [InlineData(1ul)]
    [InlineData(123456789ul)]
    public void The_alias_value_plus_r_is_rejected(ulong small)
    {
        // value + r < 2^254 sums to the same element: the plain decomposition accepts it, the strict one must not.
        var alias = (Fr.Modulus.ToBigInteger() + small).ToString();
        var aliasBits = UInt256.FromBigInteger(System.Numerics.BigInteger.Parse(alias, System.Globalization.CultureInfo.InvariantCulture));

        var loose = new ConstraintSystem();
        BitDecomposition.Decompose(loose, loose.AllocatePrivate(Fr.FromUInt64(small)), StrictBits.BitCount, aliasBits);
        Assert.True(loose.IsSatisfied(out _));

        var strict = new ConstraintSystem();
        StrictBits.ToBits(strict, strict.AllocatePrivate(Fr.FromUInt64(small)), aliasBits);
        Assert.False(strict.IsSatisfied(out _));
    }

    [Fact]
    public void The_largest_element_is_accepted_as_the_bound_itself()
    {
        var cs = new ConstraintSystem();
        StrictBits.ToBits(cs, cs.AllocatePrivate(-Fr.One), RMinusOne);
        GadgetAssert.Satisfied(cs);
    }
}
