using Rollup.Core.Fields;
using Rollup.Prover.Tests.TestData;

namespace Rollup.Prover.Tests.Pairings;

public class SnarkjsGroth16Tests
{
    [Fact]
    public void Snarkjs_proof_verifies()
    {
        using var vk = Vectors.Load("groth16/vk.json");
        using var proof = Vectors.Load("groth16/proof.json");
        using var pub = Vectors.Load("groth16/public.json");
        var inputs = Groth16TestVerifier.PublicInputs(pub.RootElement);
        Assert.True(Groth16TestVerifier.Verify(vk.RootElement, proof.RootElement, inputs));
    }

    [Fact]
    public void Changing_any_public_input_breaks_the_proof()
    {
        using var vk = Vectors.Load("groth16/vk.json");
        using var proof = Vectors.Load("groth16/proof.json");
        using var pub = Vectors.Load("groth16/public.json");
        var inputs = Groth16TestVerifier.PublicInputs(pub.RootElement);
        for (int i = 0; i < inputs.Length; i++)
        {
            var tampered = (Fr[])inputs.Clone();
            tampered[i] += Fr.One;
            Assert.False(Groth16TestVerifier.Verify(vk.RootElement, proof.RootElement, tampered));
        }
    }
}
