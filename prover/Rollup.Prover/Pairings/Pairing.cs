using Rollup.Prover.Curves;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Pairings;

/// <summary>
/// The optimal ate pairing e: G1 × G2 → GT ⊂ Fp12 on BN254: a Miller loop over 6x + 2 with
/// the two Frobenius lines, then the final exponentiation. The value is the reduced ate
/// pairing raised to the fixed power m = 2x(6x^2 + 3x + 1) (see
/// <see cref="FinalExponentiation"/>), which is bit for bit what snarkjs/ffjavascript compute:
/// vk.json's vk_alphabeta_12 equals <see cref="Compute(in G1Affine, in G2Affine)"/>(α, β), with
/// snarkjs' nested arrays read as [C0, C1] of Fp6, each [c0, c1, c2] of Fp2 (c0, c1).
/// Product checks (EIP-197 style) are unaffected by m. Inputs are not validated here: G2 points
/// from untrusted sources must pass <see cref="G2Affine.IsInSubgroup"/> first.
/// </summary>
public static partial class Pairing
{
    /// <summary>e(P, Q); 1 if either point is at infinity.</summary>
    public static Fp12 Compute(in G1Affine p, in G2Affine q) => FinalExponentiation(MillerLoop(p, q));

    /// <summary>e(P, Q) for Jacobian inputs.</summary>
    public static Fp12 Compute(in G1 p, in G2 q) => Compute(p.ToAffine(), q.ToAffine());

    /// <summary>
    /// True when Π e(P_i, Q_i) = 1. The Miller loops run together (sharing the squarings) and
    /// share one final exponentiation, which is most of a pairing's cost.
    /// </summary>
    public static bool PairingCheck(IReadOnlyList<(G1Affine P, G2Affine Q)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var copy = new (G1Affine, G2Affine)[pairs.Count];
        for (int i = 0; i < copy.Length; i++)
            copy[i] = pairs[i];
        return FinalExponentiation(MillerLoop(copy)).IsOne;
    }

    /// <summary>True when Π e(P_i, Q_i) = 1, for Jacobian inputs.</summary>
    public static bool PairingCheck(IReadOnlyList<(G1 P, G2 Q)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var affine = new (G1Affine, G2Affine)[pairs.Count];
        for (int i = 0; i < pairs.Count; i++)
            affine[i] = (pairs[i].P.ToAffine(), pairs[i].Q.ToAffine());
        return PairingCheck(affine);
    }
}
