using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.Tests.Curve;

public class SignAllocationTests
{
    [Fact]
    public void Sign_allocates_only_its_result()
    {
        var key = new EthECKey(System.Security.Cryptography.SHA256.HashData("allocation"u8));
        var hash = System.Security.Cryptography.SHA256.HashData("receipt group"u8);
        key.Sign(hash);
        hash[0] ^= 1;
        long before = GC.GetAllocatedBytesForCurrentThread();
        var signature = key.Sign(hash);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        // The signature object and the two BigIntegers' digit arrays; BouncyCastle allocated ~60 KB.
        Assert.True(allocated <= 256, $"Sign allocated {allocated} bytes");
        Assert.True(key.Verify(hash, signature));
    }
}
