using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Addresses;

namespace Rollup.SettlementClient.Tests;

public class AddressChecksumTests
{
    [Theory]
    [InlineData("0x8aA4377EBaF73deE184E1E9b5AC9E54B16003040")]
    [InlineData("0xB1Ad6aC77e6e7004D1CEcdA9e338Fc41D391534c")]
    [InlineData("0x5FbDB2315678afecb367f032d93F642f64180aa3")]
    [InlineData("0x000000000000000000000000000000000000dEaD")]
    public void Checksum_matches_ethers_and_parses_back(string checksummed)
    {
        var address = AddressChecksum.Parse(checksummed);
        Assert.Equal(checksummed, AddressChecksum.ToChecksumAddress(address));
        Assert.Equal(address, AddressChecksum.Parse(checksummed.ToLowerInvariant()));
        Assert.Equal(address, AddressChecksum.Parse("0x" + checksummed[2..].ToUpperInvariant()));
    }

    [Fact]
    public void Mixed_case_with_wrong_checksum_is_refused()
    {
        // One letter's case flipped.
        var e = Assert.Throws<AddressFormatException>(() => AddressChecksum.Parse("0x8aA4377EBaF73deE184E1E9b5AC9E54B16003040".Replace("aF7", "af7")));
        Assert.Contains("checksum", e.Message);
        Assert.False(AddressChecksum.IsValid("0x8AA4377EBaF73deE184E1E9b5AC9E54B16003040"));
    }

    [Theory]
    [InlineData("8aA4377EBaF73deE184E1E9b5AC9E54B16003040", "0x")]
    [InlineData("0x8aA4377EBaF73deE184E1E9b5AC9E54B160030", "40 hex digits")]
    [InlineData("0x8aA4377EBaF73deE184E1E9b5AC9E54B1600304g", "non-hex")]
    public void Malformed_addresses_are_refused(string text, string reason)
    {
        var e = Assert.Throws<AddressFormatException>(() => AddressChecksum.Parse(text));
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void Address_is_core_L1Address()
    {
        var address = AddressChecksum.Parse("0x000000000000000000000000000000000000dEaD");
        Assert.Equal(L1Address.Parse("0x000000000000000000000000000000000000dead"), address);
    }
}
