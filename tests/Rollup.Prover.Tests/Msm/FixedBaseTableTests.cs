using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Msm;

namespace Rollup.Prover.Tests.Msm;

public class FixedBaseTableTests
{
    private static Fr[] Scalars(int count)
    {
        var result = new Fr[count];
        var x = Fr.Parse("98765432123456789");
        for (int i = 0; i < count; i++)
        {
            x = x * x + Fr.FromUInt64((ulong)i + 3);
            result[i] = x;
        }
        result[0] = Fr.Zero;
        result[1] = Fr.One;
        result[2] = -Fr.One;
        return result;
    }

    [Theory]
    [InlineData(5)]
    [InlineData(2500)]
    public void Table_products_equal_double_and_add_in_G1(int count)
    {
        var scalars = Scalars(count);
        var table = new FixedBaseTable<G1, G1Affine>(G1.Generator, count);
        var products = table.MultiplyAll(scalars);
        Assert.True(products[0].IsInfinity);
        for (int i = 0; i < count; i += Math.Max(1, count / 40))
            Assert.Equal(G1.Multiply(G1.Generator, scalars[i]).ToAffine(), products[i]);
        Assert.Equal(products[^1], G1.Multiply(G1.Generator, scalars[^1]).ToAffine());
    }

    [Fact]
    public void Table_products_equal_double_and_add_in_G2()
    {
        var scalars = Scalars(40);
        var products = new FixedBaseTable<G2, G2Affine>(G2.Generator, scalars.Length).MultiplyAll(scalars);
        for (int i = 0; i < scalars.Length; i++)
            Assert.Equal(G2.Multiply(G2.Generator, scalars[i]).ToAffine(), products[i]);
    }

    [Fact]
    public void Window_grows_with_the_number_of_products()
    {
        Assert.True(FixedBaseTable<G1, G1Affine>.ChooseWindowBits(10) < FixedBaseTable<G1, G1Affine>.ChooseWindowBits(1 << 20));
        Assert.Equal(12, FixedBaseTable<G1, G1Affine>.ChooseWindowBits(1 << 24));
    }

    [Fact]
    public void One_scalar_times_many_points_equals_each_product()
    {
        var scalars = Scalars(1500);
        var points = new FixedBaseTable<G1, G1Affine>(G1.Generator, scalars.Length).MultiplyAll(scalars);
        var k = Fr.Parse("4242424242424242424242424242424242424242424242424242424242424242424242424");
        var scaled = SharedScalarMultiplication.MultiplyAll(points, k);
        Assert.True(scaled[0].IsInfinity);
        for (int i = 0; i < points.Length; i += 37)
            Assert.Equal(G1.Multiply(points[i].ToJacobian(), k).ToAffine(), scaled[i]);

        foreach (var small in new[] { Fr.One, Fr.FromUInt64(2), -Fr.One, Fr.FromUInt64(1UL << 63) })
        {
            var few = SharedScalarMultiplication.MultiplyAll(points.AsSpan(1, 3), small);
            for (int i = 0; i < few.Length; i++) Assert.Equal(G1.Multiply(points[i + 1].ToJacobian(), small).ToAffine(), few[i]);
        }

        var g2 = new[] { G2Affine.Generator, G2.Multiply(G2.Generator, k).ToAffine(), G2Affine.Infinity };
        var g2Scaled = SharedScalarMultiplication.MultiplyAll(g2, -Fr.One);
        Assert.Equal(-g2[0], g2Scaled[0]);
        Assert.Equal(-g2[1], g2Scaled[1]);
        Assert.True(g2Scaled[2].IsInfinity);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("31")]
    [InlineData("18446744073709551615")]
    [InlineData("21888242871839275222246405745257275088548364400416034343698204186575808483272")]
    public void Naf_digits_recompose_the_scalar(string value)
    {
        var k = System.Numerics.BigInteger.Parse(value);
        var digits = SharedScalarMultiplication.Naf(UInt256.FromBigInteger(k));
        var sum = System.Numerics.BigInteger.Zero;
        for (int i = digits.Length - 1; i >= 0; i--) sum = 2 * sum + digits[i];
        Assert.Equal(k, sum);
        Assert.All(digits, d => Assert.True(d == 0 || (d % 2 != 0 && Math.Abs((int)d) < 16)));
        // Non-adjacency: after a non-zero digit come at least four zeros.
        for (int i = 0; i < digits.Length; i++)
            if (digits[i] != 0)
                for (int j = i + 1; j < Math.Min(i + 5, digits.Length); j++) Assert.Equal(0, digits[j]);
    }
}
