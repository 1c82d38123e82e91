using Rollup.Prover.Formats;
using Rollup.Prover.Curves;

namespace Rollup.Prover.Tests.Curves;

public class SnarkjsVerificationKeyPointTests
{
    [Fact]
    public void Verification_key_points_are_on_their_curves_and_in_the_subgroup()
    {
        using var vk = Vectors.Load("groth16/vk.json");
        var root = vk.RootElement;
        var alpha = SnarkjsJson.G1(root.GetProperty("vk_alpha_1"), "point");
        Assert.False(alpha.IsInfinity);
        Assert.True(alpha.IsOnCurve);
        foreach (var name in new[] { "vk_beta_2", "vk_gamma_2", "vk_delta_2" })
        {
            var q = SnarkjsJson.G2(root.GetProperty(name), "point");
            Assert.False(q.IsInfinity);
            Assert.True(q.IsOnCurve, name);
            Assert.True(q.IsInSubgroup, name);
        }
        var ic = root.GetProperty("IC");
        Assert.Equal(root.GetProperty("nPublic").GetInt32() + 1, ic.GetArrayLength());
        foreach (var p in ic.EnumerateArray())
        {
            var g = SnarkjsJson.G1(p, "point");
            Assert.True(g.IsOnCurve);
            Assert.True(G1.Multiply(g.ToJacobian(), G1.Order).IsInfinity);
        }
        // snarkjs' gamma is the standard generator.
        Assert.Equal(G2Affine.Generator, SnarkjsJson.G2(root.GetProperty("vk_gamma_2"), "point"));
    }

    [Fact]
    public void Proof_points_are_valid()
    {
        using var proof = Vectors.Load("groth16/proof.json");
        var root = proof.RootElement;
        Assert.True(SnarkjsJson.G1(root.GetProperty("pi_a"), "point").IsOnCurve);
        Assert.True(SnarkjsJson.G2(root.GetProperty("pi_b"), "point").IsInSubgroup);
        Assert.True(SnarkjsJson.G1(root.GetProperty("pi_c"), "point").IsOnCurve);
    }
}
