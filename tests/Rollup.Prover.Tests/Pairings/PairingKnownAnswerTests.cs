using Rollup.Prover.Pairings;
using Rollup.Prover.Tests.TestData;

namespace Rollup.Prover.Tests.Pairings;

public class PairingKnownAnswerTests
{
    [Fact]
    public void Alpha_beta_matches_snarkjs_vk_alphabeta_12()
    {
        using var vk = Vectors.Load("groth16/vk.json");
        var root = vk.RootElement;
        var alpha = SnarkjsPoints.G1(root.GetProperty("vk_alpha_1"));
        var beta = SnarkjsPoints.G2(root.GetProperty("vk_beta_2"));
        var expected = SnarkjsPoints.Fp12(root.GetProperty("vk_alphabeta_12"));
        var actual = Pairing.Compute(alpha, beta);
        Assert.Equal(expected, actual);
    }
}
