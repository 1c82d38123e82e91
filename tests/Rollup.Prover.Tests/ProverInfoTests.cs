namespace Rollup.Prover.Tests;

public class ProverInfoTests
{
    [Fact]
    public void Curve_name_is_the_one_snarkjs_writes()
    {
        using var vk = Vectors.Load("groth16/vk.json");
        Assert.Equal(ProverInfo.CurveName, vk.RootElement.GetProperty("curve").GetString());
    }
}
