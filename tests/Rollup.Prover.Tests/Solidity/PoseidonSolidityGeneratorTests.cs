using Rollup.Core.Hashing;
using Rollup.Prover.Solidity;

namespace Rollup.Prover.Tests.Solidity;

public class PoseidonSolidityGeneratorTests
{
    // Set to 1 to rewrite contracts/generated from the generator instead of only comparing.
    private const string RegenerateVariable = "ROLLUP_REGENERATE_CONTRACTS";

    [Fact]
    public void Committed_poseidon_contracts_are_what_the_generator_emits()
    {
        var dir = GeneratedContractsDirectory();
        bool regenerate = Environment.GetEnvironmentVariable(RegenerateVariable) == "1";
        foreach (int width in PoseidonSolidityGenerator.SettlementWidths)
        {
            var path = Path.Combine(dir, PoseidonSolidityGenerator.FileName(width));
            var generated = PoseidonSolidityGenerator.Generate(width);
            if (regenerate) File.WriteAllText(path, generated);
            Assert.True(File.Exists(path), $"{path} is missing; run the tests with {RegenerateVariable}=1");
            Assert.True(generated == File.ReadAllText(path), $"{path} differs from the generator's output; run the tests with {RegenerateVariable}=1");
        }
        var committed = Directory.GetFiles(dir, "PoseidonT*.sol").Select(Path.GetFileName).Order().ToArray();
        var expected = PoseidonSolidityGenerator.SettlementWidths.Select(PoseidonSolidityGenerator.FileName).Order().ToArray();
        Assert.Equal(expected, committed);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    public void Header_names_the_tool_the_width_and_says_do_not_edit(int width)
    {
        var lines = PoseidonSolidityGenerator.Generate(width).Split('\n');
        Assert.Equal("// SPDX-License-Identifier: MIT", lines[0]);
        Assert.Contains(PoseidonSolidityGenerator.ToolName, lines[1]);
        Assert.Contains($"t = {width} ({width - 1} inputs)", lines[2]);
        Assert.Contains($"{PoseidonParameters.PartialRoundsForWidth(width)} partial rounds", lines[2]);
        Assert.Contains("Do not edit", lines[3]);
        Assert.Contains($"contract PoseidonT{width} {{", lines);
        Assert.Contains($"    function hash(uint256[{width - 1}] calldata inputs) external pure returns (uint256 result) {{", lines);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(8)]
    public void First_round_constants_come_from_rollup_core_parameters(int width)
    {
        // The first round's constants are the only ones the folded schedule leaves untouched.
        var p = PoseidonParameters.ForWidth(width);
        var source = PoseidonSolidityGenerator.Generate(width);
        Span<byte> word = stackalloc byte[32];
        for (int cell = 1; cell < width; cell++)
        {
            p.RoundConstant(0, cell).WriteBigEndian(word);
            Assert.Contains(Convert.ToHexStringLower(word), source);
        }
    }

    [Fact]
    public void Narrow_widths_are_unrolled_and_wide_ones_loop()
    {
        Assert.DoesNotContain("for {", PoseidonSolidityGenerator.Generate(3));
        Assert.DoesNotContain("ROUND_CONSTANTS", PoseidonSolidityGenerator.Generate(4));
        Assert.Contains("ROUND_CONSTANTS", PoseidonSolidityGenerator.Generate(8));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(17)]
    [InlineData(18)]
    public void Unsupported_widths_are_refused(int width)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PoseidonSolidityGenerator.Generate(width));
    }

    private static string GeneratedContractsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "contracts", "generated");
            if (File.Exists(Path.Combine(dir.FullName, "Rollup.sln")) && Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("contracts/generated not found above " + AppContext.BaseDirectory);
    }
}
