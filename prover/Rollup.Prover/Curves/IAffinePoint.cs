using Rollup.Prover.Fields;

namespace Rollup.Prover.Curves;

/// <summary>
/// What the batch-affine MSM needs from an affine point: its coordinates, the infinity flag and
/// a way back from coordinates. G1Affine (over Fp) and G2Affine (over Fp2) both provide it.
/// </summary>
public interface IAffinePoint<TSelf, TField>
    where TSelf : struct, IAffinePoint<TSelf, TField>
    where TField : struct, IFieldElement<TField>
{
    static abstract TSelf Infinity { get; }
    TField X { get; }
    TField Y { get; }
    bool IsInfinity { get; }

    /// <summary>The finite point (x, y), not validated.</summary>
    static abstract TSelf FromCoordinates(in TField x, in TField y);

    static abstract TSelf Negate(in TSelf a);

    /// <summary>
    /// Replaces each coordinate-field value by its inverse (all non-zero), the way that suits the
    /// field; scratch holds at least values.Length elements.
    /// </summary>
    static abstract void InvertAll(Span<TField> values, Span<TField> scratch);
}
