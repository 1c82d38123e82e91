using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Pairings;

namespace Rollup.Prover.Groth16;

/// <summary>
/// Off-chain Groth16 verification on BN254, with every check the precompiles leave to the
/// caller: public inputs below r, proof points on their curves and B in the G2 subgroup, and a
/// key that had a phase-2 contribution. Then e(-A, B)·e(α, β)·e(vk_x, γ)·e(C, δ) = 1 with
/// vk_x = IC0 + Σ input_i·IC_i, as one multi-pairing.
/// </summary>
public static class Groth16Verifier
{
    private static readonly BigInteger R = Fr.Modulus.ToBigInteger();

    public static VerificationFailure Verify(VerifyingKey vk, Proof proof, IReadOnlyList<BigInteger> publicInputs)
    {
        if (publicInputs.Count != vk.PublicInputCount) return VerificationFailure.WrongInputCount;
        var inputs = new Fr[publicInputs.Count];
        for (int i = 0; i < inputs.Length; i++)
        {
            if (publicInputs[i].Sign < 0 || publicInputs[i] >= R) return VerificationFailure.InputNotInField;
            inputs[i] = Fr.FromBigInteger(publicInputs[i]);
        }
        var keyCheck = CheckKey(vk);
        if (keyCheck != VerificationFailure.None) return keyCheck;
        if (!proof.A.IsOnCurve || !proof.C.IsOnCurve || !proof.B.IsOnCurve) return VerificationFailure.ProofPointNotOnCurve;
        // G1 has cofactor 1, so on-curve suffices there; the twist does not.
        if (!proof.B.IsInSubgroup) return VerificationFailure.ProofPointNotInSubgroup;

        var vkX = vk.IC[0].ToJacobian();
        for (int i = 0; i < inputs.Length; i++)
            if (!inputs[i].IsZero) vkX += G1.Multiply(vk.IC[i + 1].ToJacobian(), inputs[i]);

        (G1Affine, G2Affine)[] pairs =
        [
            (-proof.A, proof.B),
            (vk.Alpha1, vk.Beta2),
            (vkX.ToAffine(), vk.Gamma2),
            (proof.C, vk.Delta2),
        ];
        return Pairing.PairingCheck(pairs) ? VerificationFailure.None : VerificationFailure.PairingFailed;
    }

    /// <summary>Checks a verifying key before any proof is checked against it.</summary>
    public static VerificationFailure CheckKey(VerifyingKey vk)
    {
        if (vk.IC.Length == 0) return VerificationFailure.InvalidKey;
        if (!vk.Alpha1.IsOnCurve || vk.Alpha1.IsInfinity) return VerificationFailure.InvalidKey;
        foreach (var p in vk.IC)
            if (!p.IsOnCurve) return VerificationFailure.InvalidKey;
        foreach (var q in new[] { vk.Beta2, vk.Gamma2, vk.Delta2 })
            if (q.IsInfinity || !q.IsOnCurve || !q.IsInSubgroup) return VerificationFailure.InvalidKey;
        return vk.LacksPhase2Contribution ? VerificationFailure.KeyWithoutContribution : VerificationFailure.None;
    }
}
