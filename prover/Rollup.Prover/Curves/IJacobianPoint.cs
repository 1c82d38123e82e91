namespace Rollup.Prover.Curves;

/// <summary>What scalar multiplication and Pippenger need from a group: G1 and G2 both provide it.</summary>
public interface IJacobianPoint<TSelf, TAffine>
    where TSelf : struct, IJacobianPoint<TSelf, TAffine>
    where TAffine : struct
{
    static abstract TSelf Infinity { get; }
    bool IsInfinity { get; }
    static abstract TSelf Double(in TSelf p);
    static abstract TSelf Add(in TSelf p, in TSelf q);
    static abstract TSelf AddMixed(in TSelf p, in TAffine q);
    static abstract TSelf Negate(in TSelf p);
    static abstract TSelf FromAffine(in TAffine p);

    /// <summary>Affine forms of many points with one field inversion (Montgomery's trick).</summary>
    static abstract void BatchToAffine(ReadOnlySpan<TSelf> points, Span<TAffine> result);
}
