using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Addresses;

namespace Rollup.Cli.Trader;

/// <summary>An L1 address given on the command line: 20 hex bytes, and a valid EIP-55 checksum when mixed-case.</summary>
internal static class AddressOption
{
    public static L1Address? ParseOptional(string? text, string option) => text is null ? null : Parse(text, option);

    public static L1Address Parse(string text, string option)
    {
        L1Address address;
        try
        {
            address = AddressChecksum.Parse(text.Trim());
        }
        catch (FormatException e)
        {
            throw new CliException(ExitCodes.Usage, $"{option} {text}: {e.Message}", e);
        }
        return address.IsZero ? throw new CliException(ExitCodes.Usage, $"{option} is the zero address") : address;
    }

    public static string Format(L1Address address) => AddressChecksum.ToChecksumAddress(address);
}
