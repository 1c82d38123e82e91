using Rollup.Core.Hashing;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Tests;

public class KeccakVectorTests
{
    [Fact]
    public void Core_keccak_matches_ethers_on_every_vector()
    {
        using var doc = Vectors.Load("keccak256.json");
        int count = 0;
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var hash = Keccak256.Hash(System.Text.Encoding.UTF8.GetBytes(c.GetProperty("utf8").GetString()!));
            Assert.Equal(c.GetProperty("keccak256").GetString(), Hex.Encode(hash));
            count++;
        }
        Assert.True(count >= 4);
    }
}
