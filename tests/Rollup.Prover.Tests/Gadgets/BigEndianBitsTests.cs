using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Gadgets;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets;

public class BigEndianBitsTests
{
    [Fact]
    public void Field_elements_encode_as_their_32_byte_big_endian_form()
    {
        var rng = new Random(3);
        foreach (var v in new[] { Fr.Zero, Fr.One, -Fr.One, GadgetAssert.RandomFr(rng), GadgetAssert.RandomFr(rng) })
        {
            var cs = new ConstraintSystem();
            var bits = BigEndianBits.FromFieldElement(cs, cs.AllocatePrivate(v));
            Assert.Equal(v.ToBigEndianBytes(), Sha256.Sha256GadgetTests.BytesOf(cs, bits));
            GadgetAssert.EveryWireMatters(cs);
        }
    }

    [Fact]
    public void Values_round_trip_through_bits_and_pack()
    {
        var cs = new ConstraintSystem();
        var value = cs.AllocatePrivate(Fr.FromUInt64(0x0123_4567_89ab_cdef));
        var bits = BigEndianBits.FromValue(cs, value, 64);
        Assert.Equal(Convert.FromHexString("0123456789abcdef"), Sha256.Sha256GadgetTests.BytesOf(cs, bits));
        Assert.Equal(Fr.FromUInt64(0x0123_4567_89ab_cdef), cs.Value(BigEndianBits.Pack(bits)));
        Assert.Equal(Fr.FromUInt64(0x01), cs.Value(BigEndianBits.Pack(bits.AsSpan(0, 8))));
        GadgetAssert.Satisfied(cs);
    }

    [Fact]
    public void Allocated_bytes_are_boolean_wires_top_bit_first()
    {
        var cs = new ConstraintSystem();
        var bits = BigEndianBits.Allocate(cs, [0x80, 0x01]);
        Assert.Equal(16, cs.ConstraintCount);
        Assert.Equal(Fr.FromUInt64(0x8001), cs.Value(BigEndianBits.Pack(bits)));
        GadgetAssert.Satisfied(cs);
        var witness = cs.Witness();
        witness[bits[0].Terms[0].Wire] = Fr.FromUInt64(2);
        Assert.False(cs.IsSatisfiedBy(witness, out _));
    }

    [Fact]
    public void Packing_more_than_253_bits_is_refused_since_it_could_wrap()
    {
        var ones = BigEndianBits.Constant(Enumerable.Repeat((byte)0xff, 32).ToArray());
        Assert.Throws<ArgumentException>(() => BigEndianBits.Pack(ones.AsSpan(0, 254)));
        Assert.True(BitLogic.IsConstant(BigEndianBits.Pack(ones.AsSpan(0, 253)), out var max));
        Assert.Equal((BigInteger.One << 253) - 1, max.ToBigInteger());
    }
}
