using System.Security.Cryptography;
using System.Text;
using Rollup.Core.Fields;

namespace Rollup.Core.Signatures;

/// <summary>
/// Derives a trader's L2 EdDSA-Poseidon private key from their Ethereum wallet, so the key needs
/// no separate backup: the wallet personal_signs (EIP-191) the fixed <see cref="Message"/>, and
/// <c>key = SHA-256(UTF-8("options-rollup/l2-key/v1") ‖ r ‖ s_low)</c>, with r and s the 32-byte
/// big-endian halves of the 65-byte signature r ‖ s ‖ v and s_low = min(s, n − s) for the secp256k1
/// group order n. v is ignored (wallets disagree between 27/28 and 0/1) and s is folded to its low
/// half because (r, n − s) is an equally valid signature of the same message: both forms of one
/// signature give the same key. Signatures that are not 65 bytes, or whose r or s is 0 or &gt;= n,
/// are refused. This relies on the wallet signing deterministically (RFC 6979), as mainstream
/// wallets do; a wallet that randomises its nonces yields a different key on every signing.
/// </summary>
public static class L2KeyDerivation
{
    /// <summary>The exact text the wallet signs (lines separated by \n). Changing one byte changes every key.</summary>
    public const string Message =
        "Options Rollup: L2 account key\n" +
        "\n" +
        "Signing this message grants access to your options-rollup L2 account.\n" +
        "Your signature is turned into the key that authorises your orders,\n" +
        "transfers and withdrawals on the rollup.\n" +
        "\n" +
        "This is not a transaction: it costs no gas and moves no funds.\n" +
        "Only sign it on the options-rollup app. Anyone holding this\n" +
        "signature controls your L2 account.\n" +
        "\n" +
        "Key version: 1";

    /// <summary>Domain separator hashed in front of the signature; names the key version.</summary>
    public const string Domain = "options-rollup/l2-key/v1";

    public const int SignatureLength = 65;

    private static readonly UInt256 Secp256k1Order = new(
        0xBFD25E8CD0364141, 0xBAAEDCE6AF48A03B, 0xFFFFFFFFFFFFFFFE, 0xFFFFFFFFFFFFFFFF);

    // n is odd, so "s > n/2" means s > (n − 1)/2.
    private static readonly UInt256 HalfOrder = new(
        0xDFE92F46681B20A0, 0x5D576E7357A4501D, 0xFFFFFFFFFFFFFFFF, 0x7FFFFFFFFFFFFFFF);

    /// <summary>The L2 private key for a 65-byte r ‖ s ‖ v signature of <see cref="Message"/>.</summary>
    /// <exception cref="ArgumentException">The signature is not 65 bytes, or r or s is 0 or &gt;= n.</exception>
    public static PrivateKey FromEthereumSignature(ReadOnlySpan<byte> signature65)
    {
        if (!TryDerive(signature65, out var key, out var problem))
            throw new ArgumentException(problem, nameof(signature65));
        return key;
    }

    public static bool TryFromEthereumSignature(ReadOnlySpan<byte> signature65, out PrivateKey key) =>
        TryDerive(signature65, out key, out _);

    private static bool TryDerive(ReadOnlySpan<byte> signature, out PrivateKey key, out string problem)
    {
        key = default;
        if (signature.Length != SignatureLength)
        {
            problem = $"an Ethereum signature is {SignatureLength} bytes (r, s, v), got {signature.Length}";
            return false;
        }
        var r = UInt256.ReadBigEndian(signature[..32]);
        var s = UInt256.ReadBigEndian(signature[32..64]);
        if (r.IsZero || r >= Secp256k1Order)
        {
            problem = "signature r must be in [1, n - 1] for the secp256k1 order n";
            return false;
        }
        if (s.IsZero || s >= Secp256k1Order)
        {
            problem = "signature s must be in [1, n - 1] for the secp256k1 order n";
            return false;
        }
        if (s > HalfOrder) s = UInt256Math.Subtract(Secp256k1Order, s);

        var domain = Encoding.UTF8.GetBytes(Domain);
        Span<byte> preimage = stackalloc byte[domain.Length + 64];
        domain.CopyTo(preimage);
        r.WriteBigEndian(preimage[domain.Length..]);
        s.WriteBigEndian(preimage[(domain.Length + 32)..]);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(preimage, digest);
        key = new PrivateKey(digest);
        CryptographicOperations.ZeroMemory(preimage);
        CryptographicOperations.ZeroMemory(digest);
        problem = "";
        return true;
    }
}
