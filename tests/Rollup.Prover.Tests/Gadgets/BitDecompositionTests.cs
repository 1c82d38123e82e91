using Rollup.Core.Fields;
using Rollup.Prover.Gadgets;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets;

public class BitDecompositionTests
{
    [Theory]
    [InlineData(0ul, 8)]
    [InlineData(255ul, 8)]
    [InlineData(0x1234_5678_9abc_def0ul, 64)]
    [InlineData(ulong.MaxValue, 64)]
    [InlineData(5ul, 3)]
    public void In_range_values_decompose_to_their_bits(ulong value, int n)
    {
        var cs = new ConstraintSystem();
        var x = cs.AllocatePrivate(Fr.FromUInt64(value));
        var bits = BitDecomposition.ToBits(cs, x, n);
        Assert.Equal(n, bits.Length);
        for (int i = 0; i < n; i++) Assert.Equal(((value >> i) & 1) == 1 ? Fr.One : Fr.Zero, cs.Value(bits[i]));
        Assert.Equal(n + 1, cs.ConstraintCount);
        GadgetAssert.EveryWireMatters(cs);
    }

    [Theory]
    [InlineData(256ul, 8)]
    [InlineData(8ul, 3)]
    [InlineData(1ul << 40, 40)]
    public void Out_of_range_values_cannot_be_satisfied(ulong value, int n)
    {
        var cs = new ConstraintSystem();
        BitDecomposition.RangeCheck(cs, cs.AllocatePrivate(Fr.FromUInt64(value)), n);
        Assert.False(cs.IsSatisfied(out _));
    }

    [Fact]
    public void Negative_values_are_out_of_range()
    {
        var cs = new ConstraintSystem();
        BitDecomposition.RangeCheck(cs, cs.AllocatePrivate(-Fr.One), 253);
        Assert.False(cs.IsSatisfied(out _));
    }

    [Fact]
    public void More_than_253_bits_are_refused()
    {
        var cs = new ConstraintSystem();
        Assert.Throws<ArgumentOutOfRangeException>(() => BitDecomposition.ToBits(cs, Variable.One, 254));
        Assert.Throws<ArgumentOutOfRangeException>(() => BitDecomposition.ToBits(cs, Variable.One, 0));
    }
}
