using System.Security.Cryptography;
using Rollup.Core.Signatures;
using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.Keys;

/// <summary>
/// The trader's L2 key as a wallet would give it (docs/PROTOCOL.md §3.2): the Ethereum key
/// personal_signs core's fixed <see cref="L2KeyDerivation.Message"/>, and core turns the
/// signature into the EdDSA-Poseidon key. Our signing is RFC 6979, so the key is stable.
/// </summary>
public static class L2KeyFromEthereum
{
    public static PrivateKey Derive(EthECKey key)
    {
        var signature = PersonalMessage.Sign(key, L2KeyDerivation.Message);
        try
        {
            return L2KeyDerivation.FromEthereumSignature(signature);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(signature);
        }
    }
}
