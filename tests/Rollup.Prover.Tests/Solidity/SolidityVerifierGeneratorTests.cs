using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;
using Rollup.Prover.Solidity;
using Rollup.Prover.Tests.Curves;

namespace Rollup.Prover.Tests.Solidity;

public class SolidityVerifierGeneratorTests
{
    private static VerifyingKey G16Key()
    {
        using var vk = Vectors.Load("groth16/vk.json");
        return SnarkjsJson.ReadVerifyingKey(vk.RootElement);
    }

    [Fact]
    public void Committed_g16_verifier_is_what_the_generator_emits()
    {
        // Regenerate with SolidityVerifierGenerator.Generate(vk.json's key) when the template changes.
        var committed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "G16Verifier.sol"));
        Assert.Equal(committed, SolidityVerifierGenerator.Generate(G16Key()));
    }

    [Fact]
    public void Generation_is_deterministic_and_depends_only_on_key_and_name()
    {
        var first = SolidityVerifierGenerator.Generate(G16Key());
        var second = SolidityVerifierGenerator.Generate(G16Key());
        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first);
        var renamed = SolidityVerifierGenerator.Generate(G16Key(), "BatchVerifier");
        Assert.Equal(first.Replace("contract Groth16Verifier {", "contract BatchVerifier {"), renamed);
    }

    [Fact]
    public void Header_names_the_tool_the_key_and_says_do_not_edit()
    {
        var vk = G16Key();
        var lines = SolidityVerifierGenerator.Generate(vk).Split('\n');
        Assert.Equal("// SPDX-License-Identifier: MIT", lines[0]);
        var header = string.Join('\n', lines[1..4]);
        Assert.Contains(SolidityVerifierGenerator.ToolName, header);
        Assert.Contains("0x" + Convert.ToHexStringLower(EvmPointEncoding.KeyHash(vk)), header);
        Assert.Contains("Do not edit", header);
        Assert.Equal("pragma solidity ^0.8.20;", lines[4]);
    }

    [Fact]
    public void Key_words_are_embedded_in_precompile_order()
    {
        var vk = G16Key();
        var source = SolidityVerifierGenerator.Generate(vk);
        // γ is the G2 generator here; the precompiles want each Fp2 as (c1, c0).
        Assert.Contains($"GAMMA_X1 = {vk.Gamma2.X.C1};", source);
        Assert.Contains($"GAMMA_X0 = {vk.Gamma2.X.C0};", source);
        Assert.Contains($"DELTA_Y1 = {vk.Delta2.Y.C1};", source);
        Assert.Contains($"DELTA_Y0 = {vk.Delta2.Y.C0};", source);
        Assert.Contains($"IC2_Y = {vk.IC[2].Y};", source);
        Assert.Contains("uint256[2] calldata input", source);
        Assert.DoesNotContain("IC3_X", source);
    }

    [Fact]
    public void Key_without_a_phase2_contribution_is_refused()
    {
        var vk = G16Key();
        var forgeable = vk with { Delta2 = vk.Gamma2 };
        var e = Assert.Throws<InvalidVerifyingKeyException>(() => SolidityVerifierGenerator.Generate(forgeable));
        Assert.Equal(VerificationFailure.KeyWithoutContribution, e.Reason);
    }

    [Fact]
    public void Key_with_an_invalid_point_is_refused()
    {
        var vk = G16Key();
        var offCurve = vk with { Alpha1 = new G1Affine(vk.Alpha1.X + Fp.One, vk.Alpha1.Y) };
        Assert.Equal(VerificationFailure.InvalidKey,
            Assert.Throws<InvalidVerifyingKeyException>(() => SolidityVerifierGenerator.Generate(offCurve)).Reason);
        var outsideG2 = vk with { Beta2 = TwistPoints.OutsideSubgroup() };
        Assert.Equal(VerificationFailure.InvalidKey,
            Assert.Throws<InvalidVerifyingKeyException>(() => SolidityVerifierGenerator.Generate(outsideG2)).Reason);
        var ic = (G1Affine[])vk.IC.Clone();
        ic[1] = new G1Affine(ic[1].X, ic[1].Y + Fp.One);
        Assert.Equal(VerificationFailure.InvalidKey,
            Assert.Throws<InvalidVerifyingKeyException>(() => SolidityVerifierGenerator.Generate(vk with { IC = ic })).Reason);
    }

    [Fact]
    public void Key_without_public_inputs_and_bad_contract_names_are_refused()
    {
        var vk = G16Key();
        Assert.Throws<ArgumentException>(() => SolidityVerifierGenerator.Generate(vk with { IC = [vk.IC[0]] }));
        Assert.Throws<ArgumentException>(() => SolidityVerifierGenerator.Generate(vk, "1Verifier"));
        Assert.Throws<ArgumentException>(() => SolidityVerifierGenerator.Generate(vk, "Verifier {}\ncontract X"));
    }
}
