using System.Text.Json;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rlp;

namespace Rollup.SettlementClient.Tests;

public class RlpTests
{
    public static TheoryData<int> Cases()
    {
        using var doc = Vectors.Load("rlp.json");
        var data = new TheoryData<int>();
        for (int i = 0; i < doc.RootElement.GetProperty("cases").GetArrayLength(); i++) data.Add(i);
        return data;
    }

    private static (RlpItem Item, string Encoded) Case(int index)
    {
        using var doc = Vectors.Load("rlp.json");
        var c = doc.RootElement.GetProperty("cases")[index];
        return (ToItem(c.GetProperty("item")), c.GetProperty("encoded").GetString()!);
    }

    private static RlpItem ToItem(JsonElement e) => e.ValueKind == JsonValueKind.Array
        ? RlpItem.FromList(e.EnumerateArray().Select(ToItem).ToList())
        : RlpItem.FromBytes(Hex.Decode(e.GetString()!));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Encoder_matches_ethers(int index)
    {
        var (item, encoded) = Case(index);
        Assert.Equal(encoded, Hex.Encode(RlpEncoder.Encode(item)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decoder_round_trips_ethers_encoding(int index)
    {
        var (item, encoded) = Case(index);
        var decoded = RlpDecoder.Decode(Hex.Decode(encoded));
        Assert.Equal(encoded, Hex.Encode(RlpEncoder.Encode(decoded)));
        AssertSameShape(item, decoded);
    }

    private static void AssertSameShape(RlpItem expected, RlpItem actual)
    {
        Assert.Equal(expected.IsList, actual.IsList);
        if (!expected.IsList)
        {
            Assert.Equal(expected.Bytes, actual.Bytes);
            return;
        }
        Assert.Equal(expected.Items.Count, actual.Items.Count);
        for (int i = 0; i < expected.Items.Count; i++) AssertSameShape(expected.Items[i], actual.Items[i]);
    }

    [Theory]
    [InlineData("0x8100", "single byte below 0x80")]
    [InlineData("0x817f", "single byte below 0x80")]
    [InlineData("0xb80100", "long form used for length 1")]
    [InlineData("0xb90000", "leading zero")]
    [InlineData("0xf80180", "long form used for length 1")]
    [InlineData("0x820102ff", "trailing")]
    [InlineData("0x830102", "past the end")]
    [InlineData("0xc4820102", "past the end")]
    [InlineData("0xb8", "past the end")]
    [InlineData("0x", "end of RLP input")]
    public void Decoder_refuses_non_canonical_or_truncated_input(string hex, string reason)
    {
        var e = Assert.Throws<RlpException>(() => RlpDecoder.Decode(Hex.Decode(hex)));
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void Integer_decoding_refuses_leading_zero_and_oversize()
    {
        Assert.Equal(256, (int)RlpDecoder.DecodeUInt(RlpDecoder.Decode(Hex.Decode("0x820100"))));
        Assert.Throws<RlpException>(() => RlpDecoder.DecodeUInt(RlpDecoder.Decode(Hex.Decode("0x820001"))));
        Assert.Throws<RlpException>(() => RlpDecoder.DecodeUInt64(RlpDecoder.Decode(Hex.Decode("0x89010000000000000000"))));
        Assert.Throws<RlpException>(() => RlpDecoder.DecodeUInt(RlpDecoder.Decode(Hex.Decode("0xc0"))));
    }

    [Fact]
    public void Integers_encode_minimally_with_zero_as_empty_string()
    {
        Assert.Equal("0x80", Hex.Encode(RlpEncoder.EncodeUInt(0UL)));
        Assert.Equal("0x7f", Hex.Encode(RlpEncoder.EncodeUInt(127UL)));
        Assert.Equal("0x8180", Hex.Encode(RlpEncoder.EncodeUInt(128UL)));
        Assert.Equal("0x820400", Hex.Encode(RlpEncoder.EncodeUInt(1024UL)));
    }
}
