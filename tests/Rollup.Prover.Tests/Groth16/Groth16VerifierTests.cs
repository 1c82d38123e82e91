using System.Numerics;
using System.Text.Json;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;
using Rollup.Prover.Tests.Curves;

namespace Rollup.Prover.Tests.Groth16;

public class Groth16VerifierTests
{
    private static readonly BigInteger R = Fr.Modulus.ToBigInteger();

    private static (VerifyingKey Vk, Proof Proof, BigInteger[] Inputs) Snarkjs()
    {
        using var vk = Vectors.Load("groth16/vk.json");
        using var proof = Vectors.Load("groth16/proof.json");
        using var pub = Vectors.Load("groth16/public.json");
        return (SnarkjsJson.ReadVerifyingKey(vk.RootElement), SnarkjsJson.ReadProof(proof.RootElement), SnarkjsJson.ReadPublicInputs(pub.RootElement));
    }

    [Fact]
    public void Snarkjs_proof_verifies()
    {
        var (vk, proof, inputs) = Snarkjs();
        Assert.Equal(2, inputs.Length);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(vk, proof, inputs));
    }

    [Fact]
    public void Any_changed_public_input_fails_the_pairing()
    {
        var (vk, proof, inputs) = Snarkjs();
        for (int i = 0; i < inputs.Length; i++)
        {
            var tampered = (BigInteger[])inputs.Clone();
            tampered[i] += 1;
            Assert.Equal(VerificationFailure.PairingFailed, Groth16Verifier.Verify(vk, proof, tampered));
        }
    }

    [Fact]
    public void Public_input_plus_r_is_refused_before_any_pairing()
    {
        // ECMUL reduces scalars, so x + r would pass an unchecked verifier: the classic malleability.
        var (vk, proof, inputs) = Snarkjs();
        var shifted = (BigInteger[])inputs.Clone();
        shifted[0] += R;
        Assert.Equal(VerificationFailure.InputNotInField, Groth16Verifier.Verify(vk, proof, shifted));
        Assert.Equal(VerificationFailure.InputNotInField, Groth16Verifier.Verify(vk, proof, [inputs[0], -1]));
        Assert.Equal(VerificationFailure.WrongInputCount, Groth16Verifier.Verify(vk, proof, [inputs[0]]));
    }

    [Fact]
    public void Every_tampered_proof_coordinate_is_rejected()
    {
        var (vk, proof, inputs) = Snarkjs();
        var one = Fp.One;
        var variants = new List<Proof>
        {
            proof with { A = new G1Affine(proof.A.X + one, proof.A.Y) },
            proof with { A = new G1Affine(proof.A.X, proof.A.Y + one) },
            proof with { C = new G1Affine(proof.C.X + one, proof.C.Y) },
            proof with { C = new G1Affine(proof.C.X, proof.C.Y + one) },
            proof with { B = new G2Affine(proof.B.X + Fp2.One, proof.B.Y) },
            proof with { B = new G2Affine(proof.B.X, proof.B.Y + Fp2.One) },
            proof with { A = proof.C },
            proof with { C = proof.A },
        };
        foreach (var bad in variants)
            Assert.NotEqual(VerificationFailure.None, Groth16Verifier.Verify(vk, bad, inputs));
        Assert.Equal(VerificationFailure.ProofPointNotOnCurve, Groth16Verifier.Verify(vk, variants[0], inputs));
    }

    [Fact]
    public void Negating_both_A_and_B_still_verifies_so_proofs_are_not_identities()
    {
        var (vk, proof, inputs) = Snarkjs();
        var twin = proof with { A = -proof.A, B = -proof.B };
        Assert.NotEqual(proof, twin);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(vk, twin, inputs));
    }

    [Fact]
    public void A_twist_point_outside_the_subgroup_is_refused_as_B()
    {
        var (vk, proof, inputs) = Snarkjs();
        var outside = TwistPoints.OutsideSubgroup();
        Assert.True(outside.IsOnCurve);
        Assert.Equal(VerificationFailure.ProofPointNotInSubgroup, Groth16Verifier.Verify(vk, proof with { B = outside }, inputs));
    }

    [Fact]
    public void Key_without_a_phase2_contribution_is_refused()
    {
        var (vk, proof, inputs) = Snarkjs();
        var forgeable = vk with { Delta2 = vk.Gamma2 };
        Assert.True(forgeable.LacksPhase2Contribution);
        Assert.Equal(VerificationFailure.KeyWithoutContribution, Groth16Verifier.Verify(forgeable, proof, inputs));
        Assert.Equal(VerificationFailure.InvalidKey, Groth16Verifier.Verify(vk with { Beta2 = TwistPoints.OutsideSubgroup() }, proof, inputs));
    }

    [Theory]
    [InlineData("{\"pi_a\":[\"1\",\"2\"],\"pi_b\":[[\"1\",\"0\"],[\"1\",\"0\"],[\"1\",\"0\"]],\"pi_c\":[\"1\",\"2\",\"1\"]}")]
    [InlineData("{\"pi_a\":[\"1\",\"2\",\"2\"],\"pi_b\":[[\"1\",\"0\"],[\"1\",\"0\"],[\"1\",\"0\"]],\"pi_c\":[\"1\",\"2\",\"1\"]}")]
    [InlineData("{\"pi_a\":[\"0x1\",\"2\",\"1\"],\"pi_b\":[[\"1\",\"0\"],[\"1\",\"0\"],[\"1\",\"0\"]],\"pi_c\":[\"1\",\"2\",\"1\"]}")]
    [InlineData("{\"pi_a\":[\"21888242871839275222246405745257275088696311157297823662689037894645226208583\",\"2\",\"1\"],\"pi_b\":[[\"1\",\"0\"],[\"1\",\"0\"],[\"1\",\"0\"]],\"pi_c\":[\"1\",\"2\",\"1\"]}")]
    [InlineData("{\"pi_b\":[[\"1\",\"0\"],[\"1\",\"0\"],[\"1\",\"0\"]],\"pi_c\":[\"1\",\"2\",\"1\"]}")]
    [InlineData("{\"protocol\":\"plonk\",\"pi_a\":[\"1\",\"2\",\"1\"],\"pi_b\":[[\"1\",\"0\"],[\"1\",\"0\"],[\"1\",\"0\"]],\"pi_c\":[\"1\",\"2\",\"1\"]}")]
    public void Malformed_proof_json_is_a_format_error(string json)
    {
        using var doc = JsonDocument.Parse(json);
        Assert.Throws<FormatException>(() => SnarkjsJson.ReadProof(doc.RootElement));
    }

    [Fact]
    public void Public_json_must_hold_decimal_strings()
    {
        using var bad = JsonDocument.Parse("[\"12\", 5]");
        Assert.Throws<FormatException>(() => SnarkjsJson.ReadPublicInputs(bad.RootElement));
        using var good = JsonDocument.Parse("[\"12\", \"0\"]");
        Assert.Equal(new BigInteger[] { 12, 0 }, SnarkjsJson.ReadPublicInputs(good.RootElement));
    }
}
