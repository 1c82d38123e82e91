using System.Text.Json;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;

namespace Rollup.Prover.Tests.Formats;

public class SnarkjsJsonWriterTests
{
    [Fact]
    public void Proof_json_is_reproduced_byte_for_byte()
    {
        var text = File.ReadAllText(Vectors.PathOf("groth16/proof.json"));
        using var doc = JsonDocument.Parse(text);
        Assert.Equal(text, SnarkjsJson.WriteProof(SnarkjsJson.ReadProof(doc.RootElement)));
    }

    [Fact]
    public void Public_json_is_reproduced_byte_for_byte()
    {
        var text = File.ReadAllText(Vectors.PathOf("groth16/public.json"));
        using var doc = JsonDocument.Parse(text);
        Assert.Equal(text, SnarkjsJson.WritePublicInputs(SnarkjsJson.ReadPublicInputs(doc.RootElement)));
    }

    [Fact]
    public void Verification_key_json_from_g16_zkey_is_snarkjs_vk_json_byte_for_byte()
    {
        var expected = File.ReadAllText(Vectors.PathOf("groth16/vk.json")).ReplaceLineEndings("\n");
        Assert.Equal(expected, SnarkjsJson.WriteVerificationKey(G16Zkey.Key.ToVerifyingKey()));
    }

    [Fact]
    public void Verification_key_json_reads_back_equal()
    {
        var vk = Groth16.Setup.SetupCircuits.GadgetKey.ToVerifyingKey();
        using var doc = JsonDocument.Parse(SnarkjsJson.WriteVerificationKey(vk));
        var read = SnarkjsJson.ReadVerifyingKey(doc.RootElement);
        Assert.Equal((vk.Alpha1, vk.Beta2, vk.Gamma2, vk.Delta2), (read.Alpha1, read.Beta2, read.Gamma2, read.Delta2));
        Assert.Equal(vk.IC, read.IC);
        Assert.Equal(Rollup.Prover.Pairings.Pairing.Compute(vk.Alpha1, vk.Beta2), SnarkjsJson.Fp12(doc.RootElement.GetProperty("vk_alphabeta_12"), "vk_alphabeta_12"));
    }

    [Fact]
    public void Our_proof_reads_back_equal_and_still_verifies()
    {
        var key = G16Zkey.Key;
        var witness = G16Vectors.Witness;
        var proof = Groth16Prover.Prove(key, witness, Fr.FromUInt64(5), Fr.FromUInt64(6));
        using var proofDoc = JsonDocument.Parse(SnarkjsJson.WriteProof(proof));
        using var publicDoc = JsonDocument.Parse(SnarkjsJson.WritePublicInputs(Groth16Prover.PublicSignals(key, witness)));
        var readBack = SnarkjsJson.ReadProof(proofDoc.RootElement);
        Assert.Equal(proof, readBack);
        var inputs = SnarkjsJson.ReadPublicInputs(publicDoc.RootElement);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(key.ToVerifyingKey(), readBack, inputs));
    }

    [Fact]
    public void Points_at_infinity_round_trip()
    {
        var proof = new Proof(G1Affine.Infinity, G2Affine.Infinity, G1Affine.Generator);
        using var doc = JsonDocument.Parse(SnarkjsJson.WriteProof(proof));
        Assert.Equal(proof, SnarkjsJson.ReadProof(doc.RootElement));
    }
}
