using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.Sequencer.Receipts;
using Rollup.Sequencer.Rpc.Views;
using Rollup.SettlementClient.Eip712;
using Rollup.SettlementClient.Signing;

namespace Rollup.Sequencer.Tests.Receipts;

public class ReceiptTests
{
    private static readonly EthECKey Key = new("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    private static readonly L1Address Contract = L1Address.Parse("0x5fbdb2315678afecb367f032d93f642f64180aa3");
    private static readonly ReceiptSigner Signer = new(Key, 31337, Contract);

    private static Hash32 Filled(byte b) => new(Enumerable.Repeat(b, 32).ToArray());

    private static Receipt[] Group3 =>
    [
        Signer.Create(42, Filled(0x11), 1_764_494_400_123),
        Signer.Create(43, Filled(0x22), 1_764_494_400_124),
        Signer.Create(44, Filled(0x33), 1_764_494_400_125),
    ];

    private static string Hex(ReadOnlySpan<byte> b) => Convert.ToHexStringLower(b);

    [Fact]
    public void Leaf_root_digest_and_signature_match_ethers()
    {
        // ethers v6: TypedDataEncoder.hashStruct("Receipt"), keccak256 of concatenated pairs, TypedDataEncoder.hash and Wallet.signTypedData of ReceiptBatch.
        var group = Group3;
        Assert.Equal("83adc9f2afdbaf8fba23551805e6f7ae576f5a13216da4a16f9bfa2e3733263b", Hex(ReceiptTypedData.Leaf(group[0]).Bytes));
        var root = ReceiptTree.Levels(group.Select(ReceiptTypedData.Leaf).ToArray())[^1][0];
        Assert.Equal("c1b458eca13c8ff5d6ffc41c370ac2f267f2e9cf0ef802fe8c4e86d74c14e82f", Hex(root.Bytes));
        Assert.Equal("a39ef7c8d62c1c273178a3446cd7ccabd5bcf51682cbda795e190f20d5cb45a3", Hex(ReceiptTypedData.BatchDigest(31337, Contract, root, 3)));
        var signed = Signer.SignGroup(group);
        Assert.Equal(
            "a7bb88c1fb7c0e49890d9b61f9f7ca1d3dcc09336451cf2b05ffafd1c1eb104f2519da2bed218e8ebcd05bb720dc6db8995f94b05abe7e498b307fee95fb9cb71b",
            Hex(signed[2].Signature.ToBytes()));
        // The view's hex is made once per group and is that same signature.
        Assert.All(signed, r => Assert.Equal("0x" + Hex(signed[2].Signature.ToBytes()), ReceiptView.From(r).Signature));
        Assert.Same(ReceiptView.From(signed[0]).Signature, ReceiptView.From(signed[1]).Signature);
        Assert.Equal(
            "aafdb9baab75c732607ca3df79f73e4f5d3e1fd3ff19d06b94e95cad5ff345f517bafef32d44b4c218feb53c9fff1f575d442680105860cea384ecc0b268f0041b",
            Hex(Signer.Sign(42, Filled(0x11), 1_764_494_400_123).Signature.ToBytes()));
    }

    [Fact]
    public void Every_receipt_of_a_group_verifies_and_recovers_the_sequencer_address()
    {
        var signed = Signer.SignGroup(Group3);
        Assert.Equal(L1Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), signed[0].Sequencer);
        foreach (var s in signed)
        {
            Assert.Equal(Key.GetAddress(), ReceiptVerifier.RecoverSigner(s));
            Assert.True(ReceiptVerifier.Verify(s, Key.GetAddress(), 31337, Contract));
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 20)]
    public bool Receipts_of_any_group_size_verify_only_at_their_own_index(FsCheck.PositiveInt n)
    {
        int size = 1 + n.Get % 40;
        var group = Enumerable.Range(1, size).Select(i => Signer.Create(i, Filled((byte)i), 1000 + i)).ToArray();
        var signed = Signer.SignGroup(group);
        for (int i = 0; i < size; i++)
        {
            if (!ReceiptVerifier.Verify(signed[i], Key.GetAddress(), 31337, Contract)) return false;
            if (size > 1 && ReceiptVerifier.Verify(signed[i] with { Index = (i + 1) % size }, Key.GetAddress(), 31337, Contract)) return false;
        }
        return true;
    }

    public static TheoryData<string> Fields => new() { "chainId", "contract", "sequence", "operationHash", "acceptedAt", "index", "groupSize", "proof" };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Any_changed_field_fails_verification(string field)
    {
        var signed = Signer.SignGroup(Group3)[1];
        var r = signed.Receipt;
        var tampered = field switch
        {
            "chainId" => signed with { Receipt = r with { ChainId = r.ChainId + 1 } },
            "contract" => signed with { Receipt = r with { Contract = L1Address.Parse("0x5fbdb2315678afecb367f032d93f642f64180aa4") } },
            "sequence" => signed with { Receipt = r with { Sequence = r.Sequence + 1 } },
            "operationHash" => signed with { Receipt = r with { OperationHash = Filled(0x12) } },
            "acceptedAt" => signed with { Receipt = r with { AcceptedAtMs = r.AcceptedAtMs + 1 } },
            "index" => signed with { Index = 0 },
            "groupSize" => signed with { GroupSize = 4 },
            _ => signed with { Proof = [signed.Proof[0], Filled(0x99)] },
        };
        Assert.NotEqual(Key.GetAddress(), ReceiptVerifier.RecoverSigner(tampered));
        Assert.False(ReceiptVerifier.Verify(tampered, Key.GetAddress(), tampered.Receipt.ChainId, tampered.Receipt.Contract));
    }

    [Fact]
    public void Receipt_from_another_key_fails_verification()
    {
        var other = new ReceiptSigner(new EthECKey("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"), 31337, Contract);
        var forged = other.Sign(42, Filled(0x11), 1_764_494_400_123);
        Assert.False(ReceiptVerifier.Verify(forged with { Sequencer = Key.GetAddress() }, Key.GetAddress(), 31337, Contract));
    }

    [Fact]
    public void Malformed_proof_shape_is_refused_without_throwing()
    {
        var signed = Signer.SignGroup(Group3)[0];
        Assert.Null(ReceiptVerifier.RecoverSigner(signed with { Index = 3 }));
        Assert.Null(ReceiptVerifier.RecoverSigner(signed with { Proof = [signed.Proof[0]] }));
        Assert.Null(ReceiptVerifier.RecoverSigner(signed with { GroupSize = 0 }));
    }

    [Theory]
    [InlineData(1L, 0L, 0x00)]
    [InlineData(42L, 1_764_494_400_123L, 0x11)]
    [InlineData(255L, 256L, 0xff)]
    [InlineData(1L << 32, (1L << 40) + 7, 0x5a)]
    [InlineData(long.MaxValue, long.MaxValue, 0x80)]
    public void Leaf_equals_the_generic_EIP712_hashStruct_of_the_receipt(long sequence, long acceptedAtMs, byte hashByte)
    {
        var receipt = Signer.Create(sequence, Filled(hashByte), acceptedAtMs);
        var types = new Dictionary<string, IReadOnlyList<TypedDataField>>
        {
            ["Receipt"] = [new("sequence", "uint64"), new("operationHash", "bytes32"), new("acceptedAt", "uint64")],
        };
        var generic = TypedDataEncoder.HashStruct(types, "Receipt", new Dictionary<string, object?>
        {
            ["sequence"] = new BigInteger(sequence),
            ["operationHash"] = Filled(hashByte).Bytes.ToArray(),
            ["acceptedAt"] = new BigInteger(acceptedAtMs),
        });
        Assert.Equal(Hex(generic), Hex(ReceiptTypedData.Leaf(receipt).Bytes));
    }

    [Fact]
    public void Leaf_refuses_a_sequence_below_one_and_a_negative_time()
    {
        Assert.Throws<ArgumentException>(() => ReceiptTypedData.Leaf(Signer.Create(0, Filled(1), 5)));
        Assert.Throws<ArgumentException>(() => ReceiptTypedData.Leaf(Signer.Create(1, Filled(1), -1)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(1025)]
    public void Tree_levels_equal_hashing_every_node_of_the_zero_padded_tree(int size)
    {
        var leaves = Enumerable.Range(1, size).Select(i => Filled((byte)i)).ToArray();
        var levels = ReceiptTree.Levels(leaves);
        var expected = new List<byte[]>();
        int width = 1 << ReceiptTree.Depth(size);
        for (int i = 0; i < width; i++) expected.Add(i < size ? leaves[i].Bytes.ToArray() : new byte[32]);
        for (int level = 0; level < levels.Length; level++)
        {
            Assert.Equal(expected.Count, levels[level].Length);
            for (int i = 0; i < expected.Count; i++) Assert.Equal(Hex(expected[i]), Hex(levels[level][i].Bytes));
            expected = Enumerable.Range(0, expected.Count / 2)
                .Select(i => Rollup.Core.Hashing.Keccak256.Hash(expected[2 * i].Concat(expected[2 * i + 1]).ToArray()))
                .ToList();
        }
        Assert.Single(levels[^1]);
    }
}
