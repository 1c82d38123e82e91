using System.Globalization;
using Rollup.Core.Ethereum;
using Rollup.Core.Hashing;

namespace Rollup.SettlementClient.Addresses;

/// <summary>
/// EIP-55 mixed-case checksums over core's <see cref="L1Address"/>. All-lower and all-upper
/// hex carry no checksum and are accepted; mixed case is a checksum and must be right, so a
/// mistyped address is caught before funds move.
/// </summary>
public static class AddressChecksum
{
    public static string ToChecksumAddress(L1Address address)
    {
        var lower = Convert.ToHexStringLower(address.ToBytes());
        var hash = Keccak256.Hash(System.Text.Encoding.ASCII.GetBytes(lower));
        Span<char> result = stackalloc char[2 + 2 * L1Address.Size];
        result[0] = '0';
        result[1] = 'x';
        for (int i = 0; i < lower.Length; i++)
        {
            int nibble = (i % 2 == 0 ? hash[i / 2] >> 4 : hash[i / 2]) & 0x0f;
            result[2 + i] = nibble >= 8 ? char.ToUpperInvariant(lower[i]) : lower[i];
        }
        return new string(result);
    }

    public static L1Address Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith("0x", StringComparison.Ordinal))
            throw new AddressFormatException($"address must start with 0x: '{text}'");
        var hex = text.AsSpan(2);
        if (hex.Length != 2 * L1Address.Size)
            throw new AddressFormatException($"address must have 40 hex digits, found {hex.Length}: '{text}'");
        Span<byte> bytes = stackalloc byte[L1Address.Size];
        for (int i = 0; i < L1Address.Size; i++)
            if (!byte.TryParse(hex.Slice(2 * i, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bytes[i]))
                throw new AddressFormatException($"address has a non-hex character: '{text}'");
        var address = L1Address.FromBytes(bytes);
        bool hasLower = false, hasUpper = false;
        foreach (char c in hex)
        {
            hasLower |= c is >= 'a' and <= 'f';
            hasUpper |= c is >= 'A' and <= 'F';
        }
        if (hasLower && hasUpper && !string.Equals(ToChecksumAddress(address), text, StringComparison.Ordinal))
            throw new AddressFormatException($"address has a wrong EIP-55 checksum: '{text}' (expected {ToChecksumAddress(address)})");
        return address;
    }

    public static bool IsValid(string text)
    {
        try
        {
            Parse(text);
            return true;
        }
        catch (AddressFormatException)
        {
            return false;
        }
    }
}
