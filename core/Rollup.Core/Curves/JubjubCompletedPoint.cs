using System.Runtime.CompilerServices;
using Rollup.Core.Fields;

namespace Rollup.Core.Curves;

/// <summary>
/// The output of an addition or doubling before its last multiplications: u = E/G, v = H/F.
/// Deferring them lets a doubling that feeds another doubling skip T (3 multiplications instead of 4).
/// </summary>
internal readonly struct JubjubCompletedPoint
{
    internal readonly Fr E, F, G, H;

    internal JubjubCompletedPoint(in Fr e, in Fr f, in Fr g, in Fr h)
    {
        E = e; F = f; G = g; H = h;
    }

    /// <summary>u = 0/1, v = 1/1.</summary>
    public static JubjubCompletedPoint Identity => new(Fr.Zero, Fr.One, Fr.One, Fr.One);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JubjubExtendedPoint ToExtended() => new(E * F, G * H, F * G, E * H);

    /// <summary>2·this, never materialising T.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JubjubCompletedPoint Double() => DoubleOf(E * F, G * H, F * G);

    /// <summary>2·(X : Y : Z) on the a = −1 model: 4 squarings, T not needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JubjubCompletedPoint DoubleOf(in Fr x, in Fr y, in Fr z)
    {
        var a = Fr.Square(x);
        var b = Fr.Square(y);
        var c = Fr.Double(Fr.Square(z));
        var e = Fr.Square(x + y) - a - b;
        var g = b - a;
        var f = g - c;
        var h = Fr.Negate(a + b);
        return new JubjubCompletedPoint(e, f, g, h);
    }

    /// <summary>Same point as p, by cross-multiplication: E·Z = X·G and H·Z = Y·F.</summary>
    public bool SamePointAs(in JubjubExtendedPoint p) => E * p.Z == p.X * G && H * p.Z == p.Y * F;
}
