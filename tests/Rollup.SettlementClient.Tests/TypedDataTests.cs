using System.Numerics;
using System.Text.Json;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.SettlementClient.Addresses;
using Rollup.SettlementClient.Eip712;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.Tests;

public class TypedDataTests
{
    public static TheoryData<int> Cases()
    {
        using var doc = Vectors.Load("eip712.json");
        var data = new TheoryData<int>();
        for (int i = 0; i < doc.RootElement.GetProperty("cases").GetArrayLength(); i++) data.Add(i);
        return data;
    }

    private static (TypedData Data, JsonElement Case) Load(int index)
    {
        using var doc = Vectors.Load("eip712.json");
        var d = doc.RootElement.GetProperty("domain");
        var domain = new Eip712Domain
        {
            Name = d.GetProperty("name").GetString(),
            Version = d.GetProperty("version").GetString(),
            ChainId = d.GetProperty("chainId").GetInt64(),
            VerifyingContract = AddressChecksum.Parse(d.GetProperty("verifyingContract").GetString()!),
        };
        var c = doc.RootElement.GetProperty("cases")[index].Clone();
        var types = c.GetProperty("types").EnumerateObject().ToDictionary(
            t => t.Name,
            t => (IReadOnlyList<TypedDataField>)t.Value.EnumerateArray()
                .Select(f => new TypedDataField(f.GetProperty("name").GetString()!, f.GetProperty("type").GetString()!)).ToList());
        var message = (IReadOnlyDictionary<string, object?>)JsonValues.ToValue(c.GetProperty("message"))!;
        return (new TypedData(domain, types, c.GetProperty("primaryType").GetString()!, message), c);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Domain_separator_digest_and_signature_match_ethers(int index)
    {
        var (data, c) = Load(index);
        Assert.Equal(c.GetProperty("domain_separator").GetString(), Hex.Encode(TypedDataEncoder.HashDomain(data.Domain)));
        Assert.Equal(c.GetProperty("digest").GetString(), Hex.Encode(TypedDataEncoder.GetDigest(data)));
        var key = new EthECKey(c.GetProperty("private_key").GetString()!);
        var signature = TypedDataSigner.Sign(data, key);
        Assert.Equal(c.GetProperty("signature").GetString(), Hex.Encode(signature.ToBytes()));
        Assert.Equal(c.GetProperty("address").GetString(), AddressChecksum.ToChecksumAddress(TypedDataSigner.RecoverSigner(data, signature)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Register_key_builder_and_core_digest_agree_with_the_vectors(int index)
    {
        var (data, c) = Load(index);
        if (data.PrimaryType != RegisterKeyMessage.PrimaryType) return;
        var m = data.Message;
        var account = AddressChecksum.Parse((string)m["account"]!);
        var x = Fr.Parse((string)m["l2PublicKeyX"]!);
        var y = Fr.Parse((string)m["l2PublicKeyY"]!);
        var nonce = ulong.Parse((string)m["nonce"]!);
        var contract = data.Domain.VerifyingContract!.Value;
        var built = RegisterKeyMessage.Create((ulong)data.Domain.ChainId!.Value, contract, account, x, y, nonce);
        var core = RegisterKeyTypedData.Digest((ulong)data.Domain.ChainId!.Value, contract, account, x, y, nonce);
        Assert.Equal(c.GetProperty("digest").GetString(), Hex.Encode(TypedDataEncoder.GetDigest(built)));
        Assert.Equal(Hex.Encode(core), Hex.Encode(TypedDataEncoder.GetDigest(built)));
        Assert.Equal(RegisterKeyTypedData.MessageType, TypedDataEncoder.EncodeType(built.Types, built.PrimaryType));
    }

    private static readonly Dictionary<string, IReadOnlyList<TypedDataField>> MailTypes = new()
    {
        ["Mail"] = [new("from", "Person"), new("to", "Person[]"), new("contents", "string"), new("attachment", "Attachment")],
        ["Person"] = [new("name", "string"), new("wallets", "address[]")],
        ["Attachment"] = [new("digest", "bytes32"), new("body", "bytes")],
    };

    [Fact]
    public void Encode_type_puts_primary_first_then_dependencies_alphabetically()
    {
        Assert.Equal(
            "Mail(Person from,Person[] to,string contents,Attachment attachment)Attachment(bytes32 digest,bytes body)Person(string name,address[] wallets)",
            TypedDataEncoder.EncodeType(MailTypes, "Mail"));
        Assert.Equal("Person(string name,address[] wallets)", TypedDataEncoder.EncodeType(MailTypes, "Person"));
    }

    [Fact]
    public void Nested_struct_field_hashes_to_its_struct_hash_and_arrays_to_the_hash_of_elements()
    {
        var alice = new Dictionary<string, object?> { ["name"] = "Alice", ["wallets"] = new List<object?> { "0x5FbDB2315678afecb367f032d93F642f64180aa3" } };
        var bob = new Dictionary<string, object?> { ["name"] = "Bob", ["wallets"] = new List<object?>() };
        var attachment = new Dictionary<string, object?> { ["digest"] = new byte[32], ["body"] = "0x0102" };
        var mail = new Dictionary<string, object?> { ["from"] = alice, ["to"] = new List<object?> { bob, alice }, ["contents"] = "hi", ["attachment"] = attachment };

        Func<byte[], byte[]> keccak = bytes => Rollup.Core.Hashing.Keccak256.Hash(bytes);
        var aliceHash = TypedDataEncoder.HashStruct(MailTypes, "Person", alice);
        var bobHash = TypedDataEncoder.HashStruct(MailTypes, "Person", bob);
        var expected = keccak([
            .. TypedDataEncoder.TypeHash(MailTypes, "Mail"),
            .. aliceHash,
            .. keccak([.. bobHash, .. aliceHash]),
            .. keccak("hi"u8.ToArray()),
            .. TypedDataEncoder.HashStruct(MailTypes, "Attachment", attachment),
        ]);
        Assert.Equal(expected, TypedDataEncoder.HashStruct(MailTypes, "Mail", mail));
        Assert.Equal(keccak([.. TypedDataEncoder.TypeHash(MailTypes, "Person"), .. keccak("Bob"u8.ToArray()), .. keccak([])]), bobHash);
    }

    [Fact]
    public void Missing_field_unknown_type_and_bad_values_are_refused()
    {
        var bob = new Dictionary<string, object?> { ["name"] = "Bob" };
        Assert.Contains("missing value", Assert.Throws<TypedDataException>(() => TypedDataEncoder.HashStruct(MailTypes, "Person", bob)).Message);
        var extra = new Dictionary<string, object?> { ["name"] = "Bob", ["wallets"] = new List<object?>(), ["age"] = 3 };
        Assert.Contains("unknown field", Assert.Throws<TypedDataException>(() => TypedDataEncoder.HashStruct(MailTypes, "Person", extra)).Message);
        Assert.Throws<TypedDataException>(() => TypedDataEncoder.HashStruct(MailTypes, "Nobody", bob));
        var badTypes = new Dictionary<string, IReadOnlyList<TypedDataField>> { ["T"] = [new("a", "Missing")] };
        Assert.Contains("unknown ABI type 'Missing'", Assert.Throws<TypedDataException>(() => TypedDataEncoder.HashStruct(badTypes, "T", new Dictionary<string, object?> { ["a"] = 1 })).Message);
        var smallInt = new Dictionary<string, IReadOnlyList<TypedDataField>> { ["T"] = [new("a", "uint8")] };
        Assert.Throws<TypedDataException>(() => TypedDataEncoder.HashStruct(smallInt, "T", new Dictionary<string, object?> { ["a"] = new BigInteger(256) }));
        var fixedArray = new Dictionary<string, IReadOnlyList<TypedDataField>> { ["T"] = [new("a", "uint8[2]")] };
        Assert.Throws<TypedDataException>(() => TypedDataEncoder.HashStruct(fixedArray, "T", new Dictionary<string, object?> { ["a"] = new List<object?> { 1 } }));
    }

    [Fact]
    public void Domain_type_includes_only_fields_that_are_set()
    {
        var domain = new Eip712Domain { Name = "X", ChainId = 1 };
        var expected = Rollup.Core.Hashing.Keccak256.Hash([
            .. Rollup.Core.Hashing.Keccak256.Hash("EIP712Domain(string name,uint256 chainId)"u8),
            .. Rollup.Core.Hashing.Keccak256.Hash("X"u8),
            .. AbiEncoderWord(1),
        ]);
        Assert.Equal(expected, TypedDataEncoder.HashDomain(domain));
    }

    private static byte[] AbiEncoderWord(int value) => Rollup.SettlementClient.Abi.AbiEncoder.Encode(["uint256"], value);
}
