using Rollup.Core.Hashing;

namespace Rollup.Core.Tests.Hashing;

public class GrainLfsrTests
{
    private static ulong[] Draw(GrainLfsr g, int count)
    {
        var values = new ulong[count];
        for (int i = 0; i < count; i++) values[i] = g.NextBits(64).L0;
        return values;
    }

    [Fact]
    public void Same_seed_gives_the_same_stream()
    {
        var a = GrainLfsr.ForPrimeFieldPower(254, 3, 8, 57);
        var b = GrainLfsr.ForPrimeFieldPower(254, 3, 8, 57);
        Assert.Equal(a.State, b.State);
        Assert.Equal(Draw(a, 50), Draw(b, 50));
    }

    [Fact]
    public void Different_instances_give_different_streams()
    {
        var t3 = Draw(GrainLfsr.ForPrimeFieldPower(254, 3, 8, 57), 8);
        var t4 = Draw(GrainLfsr.ForPrimeFieldPower(254, 4, 8, 56), 8);
        var otherRounds = Draw(GrainLfsr.ForPrimeFieldPower(254, 3, 8, 56), 8);
        Assert.NotEqual(t3, t4);
        Assert.NotEqual(t3, otherRounds);
    }

    [Fact]
    public void Seed_packs_fields_most_significant_first_before_warm_up()
    {
        // After the 160 warm-up clocks the register holds the last 80 feedback bits; replaying
        // the seed by hand through the same recurrence must land on the same state.
        var bits = new List<int>();
        void Put(int v, int n) { for (int b = n - 1; b >= 0; b--) bits.Add((v >> b) & 1); }
        Put(1, 2); Put(0, 4); Put(254, 12); Put(3, 12); Put(8, 10); Put(57, 10);
        for (int i = 0; i < 30; i++) bits.Add(1);
        for (int i = 0; i < 160; i++)
        {
            int nb = bits[62] ^ bits[51] ^ bits[38] ^ bits[23] ^ bits[13] ^ bits[0];
            bits.RemoveAt(0);
            bits.Add(nb);
        }
        UInt128 expected = 0;
        foreach (var b in bits) expected = (expected << 1) | (uint)b;
        Assert.Equal(expected, GrainLfsr.ForPrimeFieldPower(254, 3, 8, 57).State);
    }

    [Fact]
    public void Self_shrinking_output_is_roughly_balanced()
    {
        var g = GrainLfsr.ForPrimeFieldPower(254, 5, 8, 60);
        int ones = 0;
        for (int i = 0; i < 4096; i++) ones += g.NextBit() ? 1 : 0;
        Assert.InRange(ones, 1800, 2300);
    }

    [Fact]
    public void Oversized_seed_fields_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GrainLfsr(4, 0, 254, 3, 8, 57));
        Assert.Throws<ArgumentOutOfRangeException>(() => GrainLfsr.ForPrimeFieldPower(254, 3, 8, 1024));
    }
}
