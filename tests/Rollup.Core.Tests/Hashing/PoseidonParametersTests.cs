using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.Tests.Hashing;

public class PoseidonParametersTests
{
    [Fact]
    public void First_round_constant_for_width_3_is_circomlibs()
    {
        var p = PoseidonParameters.ForWidth(3);
        Assert.Equal(Fr.Parse("0x0ee9a592ba9a9518d05986d656f40c2114c4993c11bb29938d21d47304cd8e6e"), p.RoundConstant(0, 0));
    }

    [Theory]
    [InlineData(2, 56)]
    [InlineData(3, 57)]
    [InlineData(4, 56)]
    [InlineData(5, 60)]
    [InlineData(6, 60)]
    [InlineData(7, 63)]
    [InlineData(8, 64)]
    [InlineData(9, 63)]
    [InlineData(10, 60)]
    [InlineData(11, 66)]
    [InlineData(12, 60)]
    [InlineData(13, 65)]
    [InlineData(14, 70)]
    [InlineData(15, 60)]
    [InlineData(16, 64)]
    [InlineData(17, 68)]
    public void Each_width_has_circomlibs_round_counts_and_constant_counts(int t, int partial)
    {
        var p = PoseidonParameters.ForWidth(t);
        Assert.Equal(t, p.Width);
        Assert.Equal(8, p.RoundsFull);
        Assert.Equal(partial, p.RoundsPartial);
        Assert.Equal((8 + partial) * t, p.RoundConstants.Length);
        Assert.Equal(t * t, p.Mds.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(18)]
    public void Unsupported_widths_are_rejected(int t)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PoseidonParameters.ForWidth(t));
    }

    [Fact]
    public void Parameters_are_derived_once_and_shared()
    {
        Assert.Same(PoseidonParameters.ForWidth(5), PoseidonParameters.ForWidth(5));
    }

    [Theory]
    [InlineData(3, "0x109b7f411ba0e4c9b2b70caf5c36a7b194be7c11ad24378bfedb68592ba8118b")]
    [InlineData(8, "0x1aa4d470abeaa2357079129d114bab1170944f929fc178216ad847d4430f3f27")]
    [InlineData(9, "0x0190f922d97c8a7dcf0a142a3be27749d1c64bc22f1c556aaa24925d158cac56")]
    public void First_mds_entry_matches_circomlibs_published_matrix(int t, string expected)
    {
        // Widths 8 and 9 have no hash vectors, so these published entries are the outside check there.
        Assert.Equal(Fr.Parse(expected), PoseidonParameters.ForWidth(t).MdsEntry(0, 0));
    }

    [Fact]
    public void Mds_draws_at_or_above_r_are_reduced_not_redrawn()
    {
        // For t = 3 the fifth MDS draw (y_1) is >= r; the vectors only pass with it reduced mod r.
        var p = PoseidonParameters.ForWidth(3);
        var g = GrainLfsr.ForPrimeFieldPower(PoseidonParameters.FieldBits, 3, 8, 57);
        for (int i = 0; i < p.RoundConstants.Length; i++)
            while (!Fr.TryFromCanonical(g.NextBits(PoseidonParameters.FieldBits), out _)) { }
        var draws = new UInt256[6];
        for (int i = 0; i < draws.Length; i++) draws[i] = g.NextBits(PoseidonParameters.FieldBits);
        Assert.True(draws[4] >= Fr.Modulus);
        var x0 = Fr.FromBigInteger(draws[0].ToBigInteger());
        var y1 = Fr.FromBigInteger(draws[4].ToBigInteger());
        Assert.Equal(Fr.Inverse(x0 + y1), p.MdsEntry(0, 1));
    }
}
