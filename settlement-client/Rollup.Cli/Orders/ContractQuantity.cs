using System.Globalization;
using Rollup.Core.State;

namespace Rollup.Cli.Orders;

/// <summary>Order sizes as traders type them: contracts with at most 3 decimals ("0.6"), held as thousandths of a contract (PROTOCOL §2).</summary>
internal static class ContractQuantity
{
    public static uint Parse(string text, string option)
    {
        var trimmed = text.Trim();
        int dot = trimmed.IndexOf('.');
        var whole = dot < 0 ? trimmed : trimmed[..dot];
        var fraction = dot < 0 ? "" : trimmed[(dot + 1)..];
        bool digits = whole.All(char.IsAsciiDigit) && fraction.All(char.IsAsciiDigit) && (whole.Length > 0 || fraction.Length > 0) && !(dot >= 0 && fraction.Length == 0);
        if (!digits || fraction.Length > 3 || whole.Length > 10)
            throw new CliException(ExitCodes.Usage, $"{option} {text} is not a number of contracts with at most 3 decimals (e.g. 0.6)");
        ulong thousandths = ulong.Parse(whole.Length == 0 ? "0" : whole, CultureInfo.InvariantCulture) * 1_000
            + ulong.Parse(fraction.PadRight(3, '0'), CultureInfo.InvariantCulture);
        if (thousandths == 0 || thousandths >= Limits.CancelledFill)
            throw new CliException(ExitCodes.Usage, $"{option} {text} is outside 0.001..{(Limits.CancelledFill - 1) / 1_000m} contracts");
        return (uint)thousandths;
    }

    public static string Format(long thousandths) => (thousandths / 1_000m).ToString("0.###", CultureInfo.InvariantCulture);
}
