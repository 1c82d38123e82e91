using Rollup.Prover.Fields;

namespace Rollup.Prover.Curves;

/// <summary>
/// A G1 point in affine form: (X, Y) on y^2 = x^3 + 3 over Fp, or the point at infinity.
/// This is the shape pairings and serialisation want; arithmetic goes through <see cref="G1"/>.
/// </summary>
public readonly struct G1Affine : IEquatable<G1Affine>, IAffinePoint<G1Affine, Fp>
{
    public readonly Fp X, Y;
    public readonly bool IsInfinity;

    private G1Affine(in Fp x, in Fp y, bool infinity)
    {
        X = x; Y = y; IsInfinity = infinity;
    }

    /// <summary>The point (x, y), not validated: check <see cref="IsOnCurve"/> for untrusted input.</summary>
    public G1Affine(in Fp x, in Fp y) : this(x, y, false)
    {
    }

    public static readonly G1Affine Infinity = new(Fp.Zero, Fp.Zero, true);
    public static readonly G1Affine Generator = new(Fp.One, Fp.FromUInt64(2));

    public bool IsOnCurve => IsInfinity || Fp.Square(Y) == Fp.Square(X) * X + G1.B;

    static G1Affine IAffinePoint<G1Affine, Fp>.Infinity => Infinity;
    Fp IAffinePoint<G1Affine, Fp>.X => X;
    Fp IAffinePoint<G1Affine, Fp>.Y => Y;
    bool IAffinePoint<G1Affine, Fp>.IsInfinity => IsInfinity;
    static G1Affine IAffinePoint<G1Affine, Fp>.FromCoordinates(in Fp x, in Fp y) => new(x, y);
    static void IAffinePoint<G1Affine, Fp>.InvertAll(Span<Fp> values, Span<Fp> scratch) => BatchInversion.Invert(values, scratch);

    public static G1Affine Negate(in G1Affine a) => a.IsInfinity ? a : new G1Affine(a.X, -a.Y);

    public G1 ToJacobian() => IsInfinity ? G1.Infinity : new G1(X, Y, Fp.One);

    public static G1Affine operator -(in G1Affine a) => Negate(a);
    public static bool operator ==(in G1Affine a, in G1Affine b) => a.Equals(b);
    public static bool operator !=(in G1Affine a, in G1Affine b) => !a.Equals(b);

    public bool Equals(G1Affine other) =>
        IsInfinity ? other.IsInfinity : !other.IsInfinity && X == other.X && Y == other.Y;
    public override bool Equals(object? obj) => obj is G1Affine o && Equals(o);
    public override int GetHashCode() => IsInfinity ? 0 : HashCode.Combine(X, Y);
    public override string ToString() => IsInfinity ? "O" : $"({X}, {Y})";
}
