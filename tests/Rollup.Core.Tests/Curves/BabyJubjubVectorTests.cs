using System.Numerics;
using System.Text.Json;
using Rollup.Core.Curves;
using Rollup.Core.Fields;

namespace Rollup.Core.Tests.Curves;

/// <summary>babyjubjub.json, produced by circomlibjs.</summary>
public class BabyJubjubVectorTests
{
    private static readonly JsonElement Root = Vectors.Load("babyjubjub.json").RootElement;

    private static JubjubPoint PointOf(JsonElement pair) =>
        new(Fr.Parse(pair[0].GetString()!), Fr.Parse(pair[1].GetString()!));

    private static UInt256 ScalarOf(JsonElement e) => UInt256.FromBigInteger(BigInteger.Parse(e.GetString()!));

    [Fact]
    public void Curve_constants_match_circomlib()
    {
        Assert.Equal(BabyJubjub.ACoefficient, (ulong)Root.GetProperty("a").GetInt64());
        Assert.Equal(BabyJubjub.DCoefficient, (ulong)Root.GetProperty("d").GetInt64());
        Assert.Equal(ScalarOf(Root.GetProperty("order")), BabyJubjub.Order);
        Assert.Equal(ScalarOf(Root.GetProperty("subOrder")), BabyJubjub.SubOrder);
        Assert.Equal(PointOf(Root.GetProperty("generator")), BabyJubjub.Generator);
        Assert.Equal(PointOf(Root.GetProperty("base8")), BabyJubjub.Base8);
    }

    [Fact]
    public void Fixed_base_multiples_of_Base8_match_circomlib()
    {
        foreach (var c in Root.GetProperty("scalar_mul").EnumerateArray())
        {
            var expected = PointOf(c.GetProperty("base8_times_scalar"));
            Assert.Equal(expected, BabyJubjub.MultiplyBase8(ScalarOf(c.GetProperty("scalar"))));
        }
    }

    [Fact]
    public void Variable_base_multiples_of_Base8_match_circomlib()
    {
        foreach (var c in Root.GetProperty("scalar_mul").EnumerateArray())
        {
            var expected = PointOf(c.GetProperty("base8_times_scalar"));
            Assert.Equal(expected, JubjubPoint.Multiply(BabyJubjub.Base8, ScalarOf(c.GetProperty("scalar"))));
        }
    }

    [Fact]
    public void Additions_match_circomlib()
    {
        foreach (var c in Root.GetProperty("add").EnumerateArray())
        {
            var a = PointOf(c.GetProperty("a"));
            var b = PointOf(c.GetProperty("b"));
            var sum = PointOf(c.GetProperty("sum"));
            Assert.Equal(sum, a + b);
            Assert.Equal(sum, b + a);
            Assert.Equal(a, sum - b);
        }
    }

    [Fact]
    public void Packing_matches_circomlib_both_ways()
    {
        foreach (var c in Root.GetProperty("pack").EnumerateArray())
        {
            var point = PointOf(c.GetProperty("point"));
            var packed = Convert.FromHexString(c.GetProperty("packed_hex").GetString()!);
            Assert.True(point.IsOnCurve);
            Assert.Equal(packed, point.Pack());
            Assert.True(JubjubPoint.TryUnpack(packed, out var unpacked));
            Assert.Equal(point, unpacked);
        }
    }

    [Fact]
    public void Vector_points_lie_on_the_curve()
    {
        Assert.True(BabyJubjub.Generator.IsOnCurve);
        Assert.True(BabyJubjub.Base8.IsOnCurve);
        foreach (var c in Root.GetProperty("add").EnumerateArray())
        {
            Assert.True(PointOf(c.GetProperty("a")).IsOnCurve);
            Assert.True(PointOf(c.GetProperty("sum")).IsOnCurve);
        }
    }
}
