using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.Signatures;
using Rollup.Prover.Gadgets.Jubjub;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets;

/// <summary>
/// EdDSA-Poseidon verification on Baby Jubjub, the rule of circomlib's EdDSAPoseidonVerifier and of
/// Rollup.Core's <see cref="EddsaPoseidon.Verify"/>: A and R8 on the curve, S &lt; l, 8·A not the
/// identity, h = Poseidon(R8.x, R8.y, A.x, A.y, M) and S·Base8 = R8 + h·(8·A). R8 is not multiplied
/// by the cofactor, so an R8 with a small-order part is refused, as off-chain.
/// <para>
/// Only an enforcing form exists, plus an <c>enabled</c> switch. A "valid" output bit would need
/// every inversion and incomplete formula guarded for arbitrary inputs, so that an invalid signature
/// still has a witness; a cheap one-sided bit would let a prover call a good signature bad.
/// </para>
/// </summary>
public static class EddsaPoseidonGadget
{
    /// <summary>S &lt; l &lt; 2^251.</summary>
    public const int ScalarBits = 251;

    private static readonly UInt256 SubOrderMinusOne = UInt256.Subtract(BabyJubjub.SubOrder, new UInt256(1), out _);

    /// <summary>A fixed valid signature that stands in for the inputs of a disabled check.</summary>
    private static readonly Lazy<(JubjubPoint Key, Signature Signature, Fr Message)> Filler = new(() =>
    {
        Span<byte> secret = stackalloc byte[PrivateKey.Length];
        for (int i = 0; i < secret.Length; i++) secret[i] = (byte)(i + 1);
        var key = new PrivateKey(secret);
        return (key.GetPublicKey().Point, key.Sign(Fr.Zero), Fr.Zero);
    });

    /// <summary>
    /// Constrains (R8, S) to be a valid signature of M under A. Parts, as scopes under
    /// "eddsa-poseidon": on-curve, cofactor (8·A), hash, h-bits (strict), s-range, s-base8, h-a8
    /// (whose Montgomery conversion refuses 8·A = identity), equation.
    /// </summary>
    public static void Verify(ConstraintSystem cs, in EdwardsPoint publicKey, in EdwardsPoint r8, in LinearCombination s, in LinearCombination message)
    {
        ArgumentNullException.ThrowIfNull(cs);
        using var whole = cs.Scope("eddsa-poseidon");

        Variable keyXSquared, keyYSquared;
        using (cs.Scope("on-curve"))
        {
            (keyXSquared, keyYSquared) = EdwardsGadget.AssertOnCurve(cs, publicKey);
            EdwardsGadget.AssertOnCurve(cs, r8);
        }

        EdwardsPoint a8;
        using (cs.Scope("cofactor"))
        {
            var a2 = EdwardsGadget.Double(cs, publicKey, keyXSquared, keyYSquared);
            a8 = EdwardsGadget.Double(cs, EdwardsGadget.Double(cs, a2));
        }

        LinearCombination h;
        using (cs.Scope("hash")) h = PoseidonGadget.Hash(cs, r8.X, r8.Y, publicKey.X, publicKey.Y, message);

        LinearCombination[] hBits;
        using (cs.Scope("h-bits")) hBits = AsCombinations(StrictBits.ToBits(cs, h));

        LinearCombination[] sBits;
        using (cs.Scope("s-range"))
        {
            var bits = BitDecomposition.ToBits(cs, s, ScalarBits);
            Comparison.AssertAtMost(cs, bits, SubOrderMinusOne);
            sBits = AsCombinations(bits);
        }

        EdwardsPoint left;
        using (cs.Scope("s-base8")) left = FixedBaseMultiplication.MultiplyBase8(cs, sBits);

        EdwardsPoint hA8;
        using (cs.Scope("h-a8")) hA8 = VariableBaseMultiplication.Multiply(cs, hBits, a8);

        using (cs.Scope("equation")) EdwardsGadget.AssertSum(cs, r8, hA8, left);
    }

    /// <summary>
    /// circomlib's <c>enabled</c> input: with enabled = 1 this is <see cref="Verify"/>; with
    /// enabled = 0 the inputs are ignored and any values satisfy. Each input is swapped for a fixed
    /// valid signature when disabled (6 constraints), so the verifier underneath always has a
    /// witness. enabled must already be constrained boolean.
    /// </summary>
    public static void VerifyIfEnabled(ConstraintSystem cs, in LinearCombination enabled, in EdwardsPoint publicKey, in EdwardsPoint r8, in LinearCombination s, in LinearCombination message)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var (key, signature, fillerMessage) = Filler.Value;
        EdwardsPoint keyIn, r8In;
        LinearCombination sIn, messageIn;
        using (cs.Scope("eddsa-poseidon-enabled"))
        {
            keyIn = EdwardsGadget.Select(cs, enabled, publicKey, EdwardsPoint.Constant(key));
            r8In = EdwardsGadget.Select(cs, enabled, r8, EdwardsPoint.Constant(signature.R8));
            sIn = ConditionalSelect.Select(cs, enabled, s, Fr.FromCanonical(signature.S));
            messageIn = ConditionalSelect.Select(cs, enabled, message, fillerMessage);
        }
        Verify(cs, keyIn, r8In, sIn, messageIn);
    }

    private static LinearCombination[] AsCombinations(Variable[] bits)
    {
        var result = new LinearCombination[bits.Length];
        for (int i = 0; i < bits.Length; i++) result[i] = bits[i];
        return result;
    }
}
