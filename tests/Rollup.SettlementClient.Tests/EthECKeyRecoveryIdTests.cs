using System.Security.Cryptography;
using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.Tests;

public class EthECKeyRecoveryIdTests
{
    /// <summary>
    /// The recovery id comes from R's y parity (flipped with s when s is made low), not from trying
    /// recoveries: over many hashes, about half of them flipped, each must recover the signer.
    /// </summary>
    [Fact]
    public void Recovery_id_of_every_signature_recovers_the_signer_whether_or_not_s_was_flipped()
    {
        var key = new EthECKey("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        int[] parities = new int[2];
        for (int i = 0; i < 64; i++)
        {
            var hash = SHA256.HashData(BitConverter.GetBytes(i));
            var signature = key.Sign(hash);
            parities[signature.YParity]++;
            Assert.Equal(key.GetAddress(), EthECKey.RecoverFromSignature(signature, hash).GetAddress());
            Assert.True(key.Verify(hash, signature));
        }
        Assert.True(parities[0] > 10 && parities[1] > 10, $"parities {parities[0]}/{parities[1]}");
    }
}
