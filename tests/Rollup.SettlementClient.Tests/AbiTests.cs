using System.Numerics;
using System.Text.Json;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Abi;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Tests;

public class AbiTests
{
    public static TheoryData<int> Cases()
    {
        using var doc = Vectors.Load("abi.json");
        var data = new TheoryData<int>();
        for (int i = 0; i < doc.RootElement.GetProperty("cases").GetArrayLength(); i++) data.Add(i);
        return data;
    }

    private static (string[] Types, object?[] Values, string Encoded) Case(int index)
    {
        using var doc = Vectors.Load("abi.json");
        var c = doc.RootElement.GetProperty("cases")[index];
        var types = c.GetProperty("types").EnumerateArray().Select(t => t.GetString()!).ToArray();
        var values = c.GetProperty("values").EnumerateArray().Select(JsonValues.ToValue).ToArray();
        return (types, values, c.GetProperty("encoded").GetString()!);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Encoder_matches_ethers(int index)
    {
        var (types, values, encoded) = Case(index);
        Assert.Equal(encoded, Hex.Encode(AbiEncoder.Encode(types, values)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decoder_reads_ethers_encoding_back_to_the_same_bytes(int index)
    {
        var (types, _, encoded) = Case(index);
        var decoded = AbiDecoder.Decode(types, Hex.Decode(encoded));
        Assert.Equal(encoded, Hex.Encode(AbiEncoder.Encode(types, decoded)));
    }

    [Fact]
    public void Decoder_returns_typed_values()
    {
        var (types, _, encoded) = Case(4);
        var decoded = AbiDecoder.Decode(types, Hex.Decode(encoded));
        Assert.Equal(new object[] { new BigInteger(1), new BigInteger(2), new BigInteger(3) }, (object?[])decoded[0]!);
        Assert.Equal("hello", decoded[1]);
        var signed = AbiDecoder.Decode(["int256"], Hex.Decode(Case(1).Encoded));
        Assert.Equal(new BigInteger(-5), signed[0]);
        var addressBool = AbiDecoder.Decode(["address", "bool"], Hex.Decode(Case(2).Encoded));
        Assert.Equal(L1Address.Parse("0x000000000000000000000000000000000000dead"), addressBool[0]);
        Assert.Equal(true, addressBool[1]);
    }

    [Fact]
    public void Function_selector_and_calldata_match_ethers()
    {
        using var doc = Vectors.Load("abi.json");
        var f = doc.RootElement.GetProperty("function_call");
        var function = AbiFunction.Parse(f.GetProperty("signature").GetString()!);
        Assert.Equal(f.GetProperty("selector").GetString(), Hex.Encode(function.Selector));
        var args = f.GetProperty("args").EnumerateArray().Select(JsonValues.ToValue).ToArray();
        var calldata = function.EncodeCall(args);
        Assert.Equal(f.GetProperty("calldata").GetString(), Hex.Encode(calldata));
        var decoded = function.DecodeCall(calldata);
        Assert.Equal(new BigInteger(7), decoded[0]);
        Assert.Equal(Hex.Decode("0xdeadbeef"), (byte[])decoded[2]!);
        calldata[0] ^= 1;
        Assert.Throws<AbiException>(() => function.DecodeCall(calldata));
    }

    [Fact]
    public void Event_topic_matches_ethers_and_log_decodes_indexed_and_data_parameters()
    {
        using var doc = Vectors.Load("abi.json");
        var ev = doc.RootElement.GetProperty("event");
        var deposited = new AbiEvent("Deposited",
        [
            new("account", AbiType.Address, Indexed: true),
            new("amount", AbiType.UInt(256), Indexed: false),
            new("priorityId", AbiType.UInt(256), Indexed: true),
        ]);
        Assert.Equal(ev.GetProperty("signature").GetString(), deposited.Signature);
        Assert.Equal(ev.GetProperty("topic0").GetString(), Hex.Encode(deposited.Topic0));

        var account = L1Address.Parse("0x8aa4377ebaf73dee184e1e9b5ac9e54b16003040");
        var topics = new List<byte[]>
        {
            deposited.Topic0,
            AbiEncoder.Encode(["address"], account),
            AbiEncoder.Encode(["uint256"], 42),
        };
        var values = deposited.DecodeLog(topics, AbiEncoder.Encode(["uint256"], 1000));
        Assert.Equal(account, values[0]);
        Assert.Equal(new BigInteger(1000), values[1]);
        Assert.Equal(new BigInteger(42), values[2]);

        Assert.Throws<AbiException>(() => deposited.DecodeLog(topics.Take(2).ToList(), AbiEncoder.Encode(["uint256"], 1000)));
        var wrongTopic = new List<byte[]>(topics) { [0] = new byte[32] };
        Assert.Throws<AbiException>(() => deposited.DecodeLog(wrongTopic, AbiEncoder.Encode(["uint256"], 1000)));
    }

    [Fact]
    public void Indexed_dynamic_event_parameter_decodes_to_its_topic_hash()
    {
        var ev = new AbiEvent("Named", [new("name", AbiType.String, Indexed: true), new("value", AbiType.Bytes, Indexed: false)]);
        var nameHash = Rollup.Core.Hashing.Keccak256.Hash("abc"u8);
        var values = ev.DecodeLog([ev.Topic0, nameHash], AbiEncoder.Encode(["bytes"], new byte[] { 1, 2, 3 }));
        Assert.Equal(nameHash, (byte[])values[0]!);
        Assert.Equal(new byte[] { 1, 2, 3 }, (byte[])values[1]!);
    }

    [Fact]
    public void Nested_tuples_with_dynamic_members_round_trip()
    {
        string[] types = ["(uint8,(string,bytes4[2])[],int16)", "bool"];
        object?[] values =
        [
            new object?[] { 7, new object?[] { new object?[] { "x", new object?[] { "0x01020304", "0xaabbccdd" } }, new object?[] { "", new object?[] { "0x00000000", "0xffffffff" } } }, -300 },
            false,
        ];
        var encoded = AbiEncoder.Encode(types, values);
        var decoded = AbiDecoder.Decode(types, encoded);
        Assert.Equal(encoded, AbiEncoder.Encode(types, decoded));
        var tuple = (object?[])decoded[0]!;
        Assert.Equal(new BigInteger(-300), tuple[2]);
        Assert.Equal("x", ((object?[])((object?[])tuple[1]!)[0]!)[0]);
        Assert.Equal("(uint8,(string,bytes4[2])[],int16)", AbiType.Parse("tuple(uint8,tuple(string,bytes4[2])[],int16)").CanonicalName);
    }

    [Theory]
    [InlineData("uint8", "256")]
    [InlineData("uint256", "-1")]
    [InlineData("int8", "128")]
    [InlineData("int8", "-129")]
    [InlineData("bytes4", "0x010203")]
    [InlineData("address", "0x8AA4377EBaF73deE184E1E9b5AC9E54B16003040")]
    [InlineData("bool", "true")]
    [InlineData("uint7", "1")]
    [InlineData("bytes33", "0x00")]
    [InlineData("uint256[2]", "1")]
    public void Encoder_refuses_values_outside_their_type(string type, string value)
    {
        Assert.Throws<AbiException>(() => AbiEncoder.Encode([type], value));
    }

    [Theory]
    [InlineData("uint8", "0x0000000000000000000000000000000000000000000000000000000000000100", "high bits")]
    [InlineData("int8", "0x0000000000000000000000000000000000000000000000000000000000000080", "sign-extended")]
    [InlineData("address", "0x0000000000000000000000010000000000000000000000000000000000000001", "padding")]
    [InlineData("bool", "0x0000000000000000000000000000000000000000000000000000000000000002", "neither 0 nor 1")]
    [InlineData("bytes2", "0x0102030000000000000000000000000000000000000000000000000000000000", "padding")]
    [InlineData("uint256", "0x00", "past the end")]
    [InlineData("bytes", "0x0000000000000000000000000000000000000000000000000000000000000040", "offset")]
    [InlineData("bytes", "0x00000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000021", "exceeds")]
    [InlineData("bytes", "0x000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000020102000000000000000000000000000000000000000000000000000000000001", "padding")]
    [InlineData("uint256[]", "0x00000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000002", "exceeds")]
    [InlineData("string", "0x00000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000001ff00000000000000000000000000000000000000000000000000000000000000", "UTF-8")]
    public void Decoder_refuses_malformed_or_non_canonical_data(string type, string hex, string reason)
    {
        var e = Assert.Throws<AbiException>(() => AbiDecoder.Decode([type], Hex.Decode(hex)));
        Assert.Contains(reason, e.Message);
    }

    [Theory]
    [InlineData("uint257")]
    [InlineData("uint08")]
    [InlineData("foo")]
    [InlineData("(uint256")]
    [InlineData("uint256[01]")]
    public void Parser_refuses_unknown_types(string type)
    {
        Assert.Throws<AbiException>(() => AbiType.Parse(type));
    }
}
