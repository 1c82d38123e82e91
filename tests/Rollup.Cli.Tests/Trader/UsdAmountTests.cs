using Rollup.Cli.Trader;

namespace Rollup.Cli.Tests.Trader;

public sealed class UsdAmountTests
{
    [Theory]
    [InlineData("100.5", 100_500_000UL)]
    [InlineData("0.000001", 1UL)]
    [InlineData(".25", 250_000UL)]
    [InlineData("7", 7_000_000UL)]
    [InlineData(" 42.000000 ", 42_000_000UL)]
    [InlineData("9223372036854.775807", 9_223_372_036_854_775_807UL)]
    public void Usd_text_parses_to_exact_micro_usd(string text, ulong microUsd) =>
        Assert.Equal(microUsd, UsdAmount.Parse(text, "--amount"));

    [Theory]
    [InlineData("0")]
    [InlineData("0.0000001")]
    [InlineData("1.1234567")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData("1e6")]
    [InlineData("1,000")]
    [InlineData("12.")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("9223372036854.775808")]
    [InlineData("99999999999999999999999")]
    public void Zero_too_precise_malformed_or_too_large_amounts_are_usage_errors(string text)
    {
        var e = Assert.Throws<CliException>(() => UsdAmount.Parse(text, "--amount"));
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.Contains("--amount", e.Message);
    }

    [Theory]
    [InlineData(100_500_000L, "100.5")]
    [InlineData(1L, "0.000001")]
    [InlineData(7_000_000L, "7")]
    [InlineData(0L, "0")]
    [InlineData(-1_250_000L, "-1.25")]
    public void Micro_usd_formats_as_usd_without_trailing_zeros(long microUsd, string text) =>
        Assert.Equal(text, UsdAmount.Format(microUsd));
}
