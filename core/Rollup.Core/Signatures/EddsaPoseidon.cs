using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.Signatures;

/// <summary>
/// EdDSA over Baby Jubjub with Poseidon as the challenge hash, compatible with circomlib's
/// EdDSAPoseidonVerifier circuit and circomlibjs signPoseidon / verifyPoseidon, except that the
/// private key is expanded with SHA-512 where circomlib uses Blake-512: the same 32 private bytes
/// give a different key pair here, but every signature verifies identically on both sides.
/// </summary>
public static partial class EddsaPoseidon
{
    /// <summary>
    /// circomlib's verification: R8 and A on the curve, S &lt; l, hm = Poseidon(R8.x, R8.y, A.x, A.y, m),
    /// and S·Base8 = R8 + (8·hm)·A.
    /// One rule beyond circomlibjs: keys with 8·A = identity (the eight small-order points) are
    /// refused. For such a key the hm term vanishes, so anyone can sign for it; the circomlib circuit
    /// refuses them too (an IsZero on the x of 8·A), and the rollup must never accept a signature
    /// off-chain that its circuit could not prove.
    /// </summary>
    public static bool Verify(in Fr message, in Signature signature, in PublicKey publicKey)
    {
        var r8 = signature.R8;
        var a = publicKey.Point;
        if (!r8.IsOnCurve || !a.IsOnCurve) return false;
        if (!JubjubScalar.IsBelowSubOrder(signature.S)) return false;

        // Every curve point's order divides 8·l, so 8·A has order 1 or l: x = 0 means identity.
        var a8 = JubjubExtendedPoint.MultiplyByCofactor(a.ToExtended());
        if (a8.HasZeroX) return false;

        ReadOnlySpan<Fr> transcript = [r8.X, r8.Y, a.X, a.Y, message];
        var hm = Poseidon.Hash(transcript);

        // (8·hm)·A = hm·(8·A), and 8·A has order l, so hm may be reduced mod l first.
        var h = JubjubScalar.ReduceModSubOrder(hm.ToUInt256());

        // S·Base8 = R8 + h·A8, checked as (c·S)·Base8 = c·R8 + d·A8 with short c, d (see ChallengeSplit).
        var split = ChallengeSplit.Of(h);
        var cs = JubjubScalar.MultiplyModSubOrder(split.C, signature.S);
        var left = Base8Table.Multiply(cs);
        var right = JubjubExtendedPoint.LinearCombination(
            r8.ToExtended(), split.C,
            split.DNegative ? JubjubExtendedPoint.Negate(a8) : a8, split.D);
        return right.SamePointAs(left);
    }

    /// <summary>
    /// <see cref="Verify(in Fr, in Signature, in PublicKey)"/> with a prepared key: the same checks
    /// and verdicts, S·Base8 + h·(−8·A) = R8 from two fixed-base tables and no doublings.
    /// </summary>
    public static bool Verify(in Fr message, in Signature signature, VerificationKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var r8 = signature.R8;
        if (!r8.IsOnCurve || !JubjubScalar.IsBelowSubOrder(signature.S)) return false;
        var a = key.Key.Point;
        ReadOnlySpan<Fr> transcript = [r8.X, r8.Y, a.X, a.Y, message];
        var h = JubjubScalar.ReduceModSubOrder(Poseidon.Hash(transcript).ToUInt256());
        var sum = key.NegatedA8.MultiplyAdd(Base8Table.Multiply(signature.S), h);
        return sum == r8.ToExtended();
    }
}
