using Rollup.Prover.Formats;
using Rollup.Prover.Pairings;

namespace Rollup.Prover.Tests.Pairings;

public class PairingKnownAnswerTests
{
    [Fact]
    public void Alpha_beta_matches_snarkjs_vk_alphabeta_12()
    {
        using var vk = Vectors.Load("groth16/vk.json");
        var root = vk.RootElement;
        var alpha = SnarkjsJson.G1(root.GetProperty("vk_alpha_1"), "point");
        var beta = SnarkjsJson.G2(root.GetProperty("vk_beta_2"), "point");
        var expected = SnarkjsJson.Fp12(root.GetProperty("vk_alphabeta_12"), "point");
        var actual = Pairing.Compute(alpha, beta);
        Assert.Equal(expected, actual);
    }
}
