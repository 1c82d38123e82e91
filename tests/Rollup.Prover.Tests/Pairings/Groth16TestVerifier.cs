using System.Numerics;
using System.Text.Json;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Pairings;
using Rollup.Prover.Tests.TestData;

namespace Rollup.Prover.Tests.Pairings;

/// <summary>
/// A minimal Groth16 check over snarkjs' JSON, only to exercise the pairing end to end (the
/// real verifier lives in the prover): e(A, B) = e(α, β)·e(vk_x, γ)·e(C, δ), written as
/// e(-A, B)·e(α, β)·e(vk_x, γ)·e(C, δ) = 1 with vk_x = IC0 + Σ public_i·IC_i.
/// </summary>
internal static class Groth16TestVerifier
{
    public static bool Verify(JsonElement vk, JsonElement proof, IReadOnlyList<Fr> publicInputs)
    {
        var ic = vk.GetProperty("IC");
        if (ic.GetArrayLength() != publicInputs.Count + 1) return false;
        var vkX = SnarkjsPoints.G1(ic[0]).ToJacobian();
        for (int i = 0; i < publicInputs.Count; i++)
            vkX += G1.Multiply(SnarkjsPoints.G1(ic[i + 1]).ToJacobian(), publicInputs[i]);

        var a = SnarkjsPoints.G1(proof.GetProperty("pi_a"));
        var b = SnarkjsPoints.G2(proof.GetProperty("pi_b"));
        var c = SnarkjsPoints.G1(proof.GetProperty("pi_c"));
        if (!a.IsOnCurve || !c.IsOnCurve || !b.IsInSubgroup) return false;

        (G1Affine, G2Affine)[] pairs =
        [
            (-a, b),
            (SnarkjsPoints.G1(vk.GetProperty("vk_alpha_1")), SnarkjsPoints.G2(vk.GetProperty("vk_beta_2"))),
            (vkX.ToAffine(), SnarkjsPoints.G2(vk.GetProperty("vk_gamma_2"))),
            (c, SnarkjsPoints.G2(vk.GetProperty("vk_delta_2"))),
        ];
        return Pairing.PairingCheck(pairs);
    }

    public static Fr[] PublicInputs(JsonElement publicJson)
    {
        var result = new Fr[publicJson.GetArrayLength()];
        for (int i = 0; i < result.Length; i++)
            result[i] = Fr.FromBigInteger(BigInteger.Parse(publicJson[i].GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        return result;
    }
}
