using System.Globalization;
using System.Numerics;
using Rollup.Core.State;

namespace Rollup.Cli.Trader;

/// <summary>
/// Collateral amounts as traders type them: US dollars with at most 6 decimals ("100.5"), held
/// on L1 and L2 in micro-USD (the collateral token has 6 decimals). Parsed strictly, so that a
/// typo never turns into a different amount.
/// </summary>
internal static class UsdAmount
{
    public const int Decimals = 6;
    private const ulong MicroPerUsd = 1_000_000;

    /// <summary>Micro-USD in 1..2^63-1 (the contract's and the protocol's amount range), or a usage error naming the option.</summary>
    public static ulong Parse(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        int dot = trimmed.IndexOf('.');
        var whole = dot < 0 ? trimmed : trimmed[..dot];
        var fraction = dot < 0 ? "" : trimmed[(dot + 1)..];
        if (whole.Length == 0 && fraction.Length == 0 || !AllDigits(whole) || !AllDigits(fraction) || dot >= 0 && fraction.Length == 0)
            throw new CliException(ExitCodes.Usage, $"{option} {text} is not an amount in USD (digits, at most {Decimals} after a '.', e.g. 100.5)");
        if (fraction.Length > Decimals)
            throw new CliException(ExitCodes.Usage, $"{option} {text} has more than {Decimals} decimals: the collateral counts in micro-USD");
        var micro = BigInteger.Parse(whole.Length == 0 ? "0" : whole, CultureInfo.InvariantCulture) * MicroPerUsd
            + BigInteger.Parse(fraction.PadRight(Decimals, '0'), CultureInfo.InvariantCulture);
        if (micro.IsZero) throw new CliException(ExitCodes.Usage, $"{option} must be more than 0");
        if (micro > Limits.MaxAmount)
            throw new CliException(ExitCodes.Usage, $"{option} {text} exceeds the largest amount the rollup takes, {Format(Limits.MaxAmount)} USD (2^63-1 micro-USD)");
        return (ulong)micro;
    }

    /// <summary>Micro-USD as USD: "100.5", "0.000001", "7" (no trailing zeros, invariant culture).</summary>
    public static string Format(BigInteger microUsd)
    {
        var sign = microUsd.Sign < 0 ? "-" : "";
        var magnitude = BigInteger.Abs(microUsd);
        var whole = BigInteger.DivRem(magnitude, MicroPerUsd, out var rest);
        var fraction = rest.IsZero ? "" : "." + rest.ToString(CultureInfo.InvariantCulture).PadLeft(Decimals, '0').TrimEnd('0');
        return sign + whole.ToString(CultureInfo.InvariantCulture) + fraction;
    }

    private static bool AllDigits(string text)
    {
        foreach (var c in text)
            if (c is < '0' or > '9') return false;
        return true;
    }
}
