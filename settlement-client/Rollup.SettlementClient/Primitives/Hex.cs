namespace Rollup.SettlementClient.Primitives;

/// <summary>Hex as JSON-RPC and the vectors write it (0x prefix optional on input, always written); an odd digit count or a stray character is refused.</summary>
public static class Hex
{
    public static byte[] Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text.AsSpan(2) : text.AsSpan();
        if (digits.Length % 2 != 0) throw new FormatException($"hex string has an odd number of digits: '{Shorten(text)}'");
        try
        {
            return Convert.FromHexString(digits);
        }
        catch (FormatException)
        {
            throw new FormatException($"not a hex string: '{Shorten(text)}'");
        }
    }

    public static string Encode(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexStringLower(bytes);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
