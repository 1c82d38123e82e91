using Rollup.Prover.Fields;

namespace Rollup.Prover.Curves;

/// <summary>
/// A G2 point in affine form: (X, Y) on y^2 = x^3 + 3 over Fp2, or the point at infinity.
/// This is the shape pairings and serialisation want; arithmetic goes through <see cref="G2"/>.
/// </summary>
public readonly struct G2Affine : IEquatable<G2Affine>, IAffinePoint<G2Affine, Fp2>
{
    public readonly Fp2 X, Y;
    public readonly bool IsInfinity;

    private G2Affine(in Fp2 x, in Fp2 y, bool infinity)
    {
        X = x; Y = y; IsInfinity = infinity;
    }

    /// <summary>The point (x, y), not validated: check <see cref="IsOnCurve"/> for untrusted input.</summary>
    public G2Affine(in Fp2 x, in Fp2 y) : this(x, y, false)
    {
    }

    public static readonly G2Affine Infinity = new(Fp2.Zero, Fp2.Zero, true);
    public static readonly G2Affine Generator = new(
        Fp2.Parse("10857046999023057135944570762232829481370756359578518086990519993285655852781",
            "11559732032986387107991004021392285783925812861821192530917403151452391805634"),
        Fp2.Parse("8495653923123431417604973247489272438418190587263600148770280649306958101930",
            "4082367875863433681332203403145435568316851327593401208105741076214120093531"));

    /// <summary>On the twist and in the order-r subgroup; see <see cref="G2.IsInSubgroup"/>.</summary>
    public bool IsInSubgroup => IsInfinity || ToJacobian().IsInSubgroup;

    public bool IsOnCurve => IsInfinity || Fp2.Square(Y) == Fp2.Square(X) * X + G2.B;

    static G2Affine IAffinePoint<G2Affine, Fp2>.Infinity => Infinity;
    Fp2 IAffinePoint<G2Affine, Fp2>.X => X;
    Fp2 IAffinePoint<G2Affine, Fp2>.Y => Y;
    bool IAffinePoint<G2Affine, Fp2>.IsInfinity => IsInfinity;
    static G2Affine IAffinePoint<G2Affine, Fp2>.FromCoordinates(in Fp2 x, in Fp2 y) => new(x, y);
    static void IAffinePoint<G2Affine, Fp2>.InvertAll(Span<Fp2> values, Span<Fp2> scratch) => BatchInversion.InvertViaNorm(values, scratch);

    public static G2Affine Negate(in G2Affine a) => a.IsInfinity ? a : new G2Affine(a.X, -a.Y);

    public G2 ToJacobian() => IsInfinity ? G2.Infinity : new G2(X, Y, Fp2.One);

    public static G2Affine operator -(in G2Affine a) => Negate(a);
    public static bool operator ==(in G2Affine a, in G2Affine b) => a.Equals(b);
    public static bool operator !=(in G2Affine a, in G2Affine b) => !a.Equals(b);

    public bool Equals(G2Affine other) =>
        IsInfinity ? other.IsInfinity : !other.IsInfinity && X == other.X && Y == other.Y;
    public override bool Equals(object? obj) => obj is G2Affine o && Equals(o);
    public override int GetHashCode() => IsInfinity ? 0 : HashCode.Combine(X, Y);
    public override string ToString() => IsInfinity ? "O" : $"({X}, {Y})";
}
