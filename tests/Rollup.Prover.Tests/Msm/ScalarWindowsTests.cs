using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Msm;

namespace Rollup.Prover.Tests.Msm;

public class ScalarWindowsTests
{
    private static Fr[] EdgeScalars()
    {
        var values = new List<Fr>
        {
            Fr.Zero, Fr.One, -Fr.One, Fr.FromUInt64(2), Fr.FromUInt64(ulong.MaxValue),
            Fr.FromBigInteger(BigInteger.One << 253), Fr.FromBigInteger((BigInteger.One << 253) - 1),
            Fr.FromBigInteger((BigInteger.One << 128) - 1),
        };
        values.AddRange(MsmTerms.Scalars(40, 9));
        return values.ToArray();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(9)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(15)]
    [InlineData(16)]
    public void Signed_digits_recompose_to_the_scalar_and_stay_in_range(int c)
    {
        var scalars = EdgeScalars();
        var indices = Enumerable.Range(0, scalars.Length).ToArray();
        var digits = ScalarWindows.SignedDigits(scalars, indices, c, parallel: false);
        int windows = ScalarWindows.WindowCount(c);
        Assert.Equal(windows * scalars.Length, digits.Length);
        for (int j = 0; j < scalars.Length; j++)
        {
            var sum = BigInteger.Zero;
            for (int w = 0; w < windows; w++)
            {
                int d = digits[w * scalars.Length + j];
                Assert.InRange(Math.Abs(d), 0, ScalarWindows.MaxDigit(w, c));
                sum += new BigInteger(d) << (c * w);
            }
            Assert.Equal(scalars[j].ToBigInteger(), sum);
        }
    }

    [Fact]
    public void Parallel_decomposition_equals_the_serial_one()
    {
        var scalars = MsmTerms.Scalars(40_000, 10);
        var indices = Enumerable.Range(0, scalars.Length).Where(i => i % 3 != 1).ToArray();
        Assert.Equal(
            ScalarWindows.SignedDigits(scalars, indices, 11, parallel: false),
            ScalarWindows.SignedDigits(scalars, indices, 11, parallel: true));
    }

    [Fact]
    public void Window_count_covers_the_carry_bit()
    {
        for (int c = 2; c <= ScalarWindows.MaxWindowBits; c++)
            Assert.True(c * ScalarWindows.WindowCount(c) >= 255, $"c = {c}");
    }
}
