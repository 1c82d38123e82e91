using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;
using Rollup.Prover.Tests.Formats;

namespace Rollup.Prover.Tests.Groth16;

public class Groth16ProverTests
{
    private static BigInteger[] SnarkjsPublicInputs()
    {
        using var pub = Vectors.Load("groth16/public.json");
        return SnarkjsJson.ReadPublicInputs(pub.RootElement);
    }

    [Fact]
    public void Proof_of_the_g16_witness_verifies_with_snarkjs_public_inputs()
    {
        var key = G16Zkey.Key;
        var proof = Groth16Prover.Prove(key, G16Vectors.Witness, Fr.FromUInt64(12345), Fr.FromUInt64(67890));
        // Against snarkjs' own vk.json, not only the key we derived from the zkey.
        using var vkJson = Vectors.Load("groth16/vk.json");
        var vk = SnarkjsJson.ReadVerifyingKey(vkJson.RootElement);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(vk, proof, SnarkjsPublicInputs()));
    }

    [Fact]
    public void Public_signals_of_the_witness_are_public_json()
    {
        Assert.Equal(SnarkjsPublicInputs(), Groth16Prover.PublicSignals(G16Zkey.Key, G16Vectors.Witness));
    }

    [Fact]
    public void Zero_blinding_still_verifies()
    {
        // r = s = 0 is the unblinded proof; the algebra must not depend on the blinding.
        var key = G16Zkey.Key;
        var proof = Groth16Prover.Prove(key, G16Vectors.Witness, Fr.Zero, Fr.Zero);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(key.ToVerifyingKey(), proof, SnarkjsPublicInputs()));
    }

    [Fact]
    public void Tampered_internal_wire_gives_a_proof_that_fails()
    {
        var key = G16Zkey.Key;
        var witness = G16Vectors.Witness;
        int wire = key.VariableCount - 1; // an internal wire, well past the public signals
        Assert.True(wire > key.PublicCount);
        witness[wire] += Fr.One;
        Assert.False(G16Vectors.R1cs.IsSatisfiedBy(witness, out _));
        var proof = Groth16Prover.Prove(key, witness, Fr.FromUInt64(3), Fr.FromUInt64(4));
        Assert.Equal(VerificationFailure.PairingFailed, Groth16Verifier.Verify(key.ToVerifyingKey(), proof, SnarkjsPublicInputs()));
    }

    [Fact]
    public void Fresh_blinding_gives_different_proofs_that_both_verify()
    {
        var key = G16Zkey.Key;
        var vk = key.ToVerifyingKey();
        var inputs = SnarkjsPublicInputs();
        var first = Groth16Prover.Prove(key, G16Vectors.Witness);
        var second = Groth16Prover.Prove(key, G16Vectors.Witness);
        Assert.NotEqual(first.A, second.A);
        Assert.NotEqual(first.B, second.B);
        Assert.NotEqual(first.C, second.C);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(vk, first, inputs));
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(vk, second, inputs));
    }

    [Fact]
    public void Witness_of_the_wrong_length_is_refused()
    {
        var key = G16Zkey.Key;
        Assert.Throws<ArgumentException>(() => Groth16Prover.Prove(key, G16Vectors.Witness.AsSpan(1)));
    }
}
