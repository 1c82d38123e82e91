using System.Security.Cryptography;
using System.Text;
using Rollup.Core.Fields;
using Rollup.Prover.Gadgets;
using Rollup.Prover.Gadgets.Sha256;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets.Sha256;

public class Sha256GadgetTests
{
    /// <summary>Lengths around the padding boundaries: 55 is the longest one-block message, 119 the longest two-block one.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(55)]
    [InlineData(56)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(119)]
    [InlineData(120)]
    [InlineData(17)]
    [InlineData(90)]
    public void Digest_equals_the_platform_sha256(int length)
    {
        var message = new byte[length];
        new Random(length).NextBytes(message);
        AssertDigest(message);
    }

    [Fact]
    public void Digest_of_abc_is_the_fips_example()
    {
        var digest = AssertDigest(Encoding.ASCII.GetBytes("abc"));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(digest));
    }

    [Fact]
    public void Compressing_one_block_from_a_variable_state_matches_the_reference_and_costs_26_352()
    {
        var rng = new Random(5);
        var stateBytes = new byte[32];
        var block = new byte[64];
        rng.NextBytes(stateBytes);
        rng.NextBytes(block);
        var cs = new ConstraintSystem();
        var state = BigEndianBits.Allocate(cs, stateBytes);
        var blockBits = BigEndianBits.Allocate(cs, block);
        LinearCombination[] next;
        using (cs.Scope("compress")) next = Sha256Gadget.Compress(cs, state, blockBits);
        // Schedule 48 words x (61 + 54 + 35); rounds 64 x (Σ1 64, Ch 32, Σ0 64, Maj 32, b xor c 32, e 36, a 35),
        // the last without its b xor c and the first with one more; 8 final sums of 34.
        Assert.Equal(48 * 150 + 64 * 295 + 8 * 34, cs.ConstraintCountsByScope["compress"]);
        Assert.Equal(Sha256Reference.Compress(stateBytes, block), BytesOf(cs, next));
        GadgetAssert.Satisfied(cs);
    }

    [Fact]
    public void The_reference_compression_reproduces_the_platform_hash_of_a_padded_block()
    {
        var block = new byte[64];
        "abc"u8.CopyTo(block);
        block[3] = 0x80;
        block[63] = 24;
        Assert.Equal(SHA256.HashData("abc"u8), Sha256Reference.Compress(Sha256Reference.InitialState, block));
    }

    [Fact]
    public void Hashing_55_bytes_costs_one_block_minus_what_the_constant_initial_state_saves()
    {
        var cs = new ConstraintSystem();
        var message = BigEndianBits.Allocate(cs, new byte[55]);
        using (cs.Scope("sha256")) Sha256Gadget.Hash(cs, message);
        Assert.Equal(25_747, cs.ConstraintCountsByScope["sha256"]);
    }

    [Fact]
    public void Every_wire_of_a_one_block_hash_matters()
    {
        var bytes = new byte[40];
        new Random(6).NextBytes(bytes);
        var cs = new ConstraintSystem();
        Sha256Gadget.Hash(cs, BigEndianBits.Allocate(cs, bytes));
        GadgetAssert.EveryWireMatters(cs, maxWires: 150);
    }

    [Fact]
    public void A_different_message_cannot_produce_the_digest()
    {
        var bytes = Encoding.ASCII.GetBytes("abc");
        var expected = SHA256.HashData(bytes);
        bytes[1] ^= 0x10;
        var cs = new ConstraintSystem();
        var digest = Sha256Gadget.Hash(cs, BigEndianBits.Allocate(cs, bytes));
        GadgetAssert.Satisfied(cs);
        var expectedBits = BigEndianBits.Constant(expected);
        for (int i = 0; i < digest.Length; i++) cs.EnforceEqual(digest[i], expectedBits[i]);
        Assert.False(cs.IsSatisfied(out _));
    }

    [Fact]
    public void Refuses_messages_that_are_not_whole_bytes_and_states_or_blocks_of_the_wrong_size()
    {
        var cs = new ConstraintSystem();
        Assert.Throws<ArgumentException>(() => Sha256Gadget.Hash(cs, new LinearCombination[12]));
        Assert.Throws<ArgumentException>(() => Sha256Gadget.Compress(cs, new LinearCombination[255], new LinearCombination[512]));
        Assert.Throws<ArgumentException>(() => Sha256Gadget.Compress(cs, Sha256Gadget.InitialState(), new LinearCombination[511]));
    }

    private static byte[] AssertDigest(byte[] message)
    {
        var cs = new ConstraintSystem();
        var digest = Sha256Gadget.Hash(cs, BigEndianBits.Allocate(cs, message));
        var bytes = BytesOf(cs, digest);
        Assert.Equal(SHA256.HashData(message), bytes);
        GadgetAssert.Satisfied(cs);
        return bytes;
    }

    internal static byte[] BytesOf(ConstraintSystem cs, ReadOnlySpan<LinearCombination> bits)
    {
        var bytes = new byte[bits.Length / 8];
        for (int i = 0; i < bits.Length; i++)
        {
            var v = cs.Value(bits[i]);
            Assert.True(v.IsZero || v.IsOne, $"bit {i} is not boolean");
            if (v.IsOne) bytes[i / 8] |= (byte)(0x80 >> (i % 8));
        }
        return bytes;
    }
}
