using System.Text.Json;
using Rollup.Core.Ethereum;
using Rollup.Sequencer.Rpc.Json;
using Rollup.Sequencer.Rpc.Views;
using Rollup.SettlementClient.Addresses;

namespace Rollup.Sequencer.Tests.Rpc;

public class JsonConverterTests
{
    private static L1Address Address(int i)
    {
        var bytes = new byte[L1Address.Size];
        BitConverter.GetBytes(i * 2_654_435_761u).CopyTo(bytes, 0);
        bytes[19] = (byte)i;
        return L1Address.FromBytes(bytes);
    }

    private static string Write<T>(System.Text.Json.Serialization.JsonConverter<T> converter, T value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) converter.Write(writer, value, JsonSerializerOptions.Default);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Address_is_written_with_its_EIP55_checksum_each_time_also_past_the_cache_size()
    {
        var converter = new L1AddressJsonConverter();
        Assert.Equal("\"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\"", Write(converter, L1Address.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8")));
        for (int round = 0; round < 2; round++)
            for (int i = 0; i < L1AddressJsonConverter.CachedAddresses + 100; i++)
                Assert.Equal("\"" + AddressChecksum.ToChecksumAddress(Address(i)) + "\"", Write(converter, Address(i)));
    }

    [Fact]
    public void Hash_is_written_as_0x_and_64_lower_case_hex_digits()
    {
        var bytes = Enumerable.Range(0, 32).Select(i => (byte)(i * 37 + 11)).ToArray();
        var hash = new Hash32(bytes);
        Assert.Equal("\"0x" + Convert.ToHexStringLower(bytes) + "\"", Write(new Hash32JsonConverter(), hash));
        Assert.Equal("\"0x" + new string('0', 64) + "\"", Write(new Hash32JsonConverter(), default(Hash32)));
    }
}
