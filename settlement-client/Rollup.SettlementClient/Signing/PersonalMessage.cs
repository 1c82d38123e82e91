using System.Globalization;
using System.Text;
using Rollup.Core.Hashing;

namespace Rollup.SettlementClient.Signing;

/// <summary>
/// EIP-191 version 0x45 ("personal_sign"): keccak256("\x19Ethereum Signed Message:\n" ‖ decimal
/// byte length ‖ message), signed as ethers' <c>signMessage</c> and wallets' personal_sign do.
/// </summary>
public static class PersonalMessage
{
    public static byte[] Hash(ReadOnlySpan<byte> message)
    {
        var prefix = Encoding.ASCII.GetBytes("\u0019Ethereum Signed Message:\n" + message.Length.ToString(CultureInfo.InvariantCulture));
        var buffer = new byte[prefix.Length + message.Length];
        prefix.CopyTo(buffer, 0);
        message.CopyTo(buffer.AsSpan(prefix.Length));
        return Keccak256.Hash(buffer);
    }

    public static byte[] Hash(string message) => Hash(Encoding.UTF8.GetBytes(message));

    /// <summary>The 65-byte r ‖ s ‖ v signature (v = 27/28) of the UTF-8 message.</summary>
    public static byte[] Sign(EthECKey key, string message)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Sign(Hash(message)).ToBytes();
    }
}
