namespace Rollup.SettlementClient.Addresses;

/// <summary>A string that is not a 20-byte hex address, or a mixed-case address whose EIP-55 checksum is wrong.</summary>
public sealed class AddressFormatException(string message) : FormatException(message);
