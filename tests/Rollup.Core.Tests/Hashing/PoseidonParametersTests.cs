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
}
