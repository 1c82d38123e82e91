using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets.Sha256;

/// <summary>
/// SHA-256 (FIPS 180-4) over boolean wires. Bits are in message order: the top bit of the first
/// byte first, and the 256-bit digest likewise. Inputs must already be constrained boolean
/// (<see cref="BigEndianBits.Allocate"/> does that); constant bits are folded, so padding and
/// the initial state cost nothing. 26,352 constraints per 512-bit block with a variable chaining
/// value; a first block, whose H(0) is constant, costs less (25,747 for a 55-byte message).
/// </summary>
public static partial class Sha256Gadget
{
    public const int BlockBits = 512;
    public const int DigestBits = 256;

    private const int StateWords = 8;
    private const int BlockWords = 16;

    private static readonly uint[] InitialValues =
    [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ];

    /// <summary>The constant bits of SHA-256's initial hash value H(0), for <see cref="Compress"/>.</summary>
    public static LinearCombination[] InitialState() => ToBits(InitialWords());

    /// <summary>
    /// The digest of a message whose length, a whole number of bytes, is fixed when the circuit is
    /// built: the padding (a one bit, zeros, the 64-bit length) is constant.
    /// </summary>
    public static LinearCombination[] Hash(ConstraintSystem cs, ReadOnlySpan<LinearCombination> message)
    {
        ArgumentNullException.ThrowIfNull(cs);
        if (message.Length % 8 != 0)
            throw new ArgumentException($"the message must be whole bytes, got {message.Length} bits", nameof(message));
        int blocks = (message.Length + 1 + 64 + BlockBits - 1) / BlockBits;
        var padded = new LinearCombination[blocks * BlockBits];
        message.CopyTo(padded);
        padded[message.Length] = Fr.One;
        ulong length = (ulong)message.Length;
        for (int i = 0; i < 64; i++) padded[^(i + 1)] = ((length >> i) & 1) != 0 ? Fr.One : Fr.Zero;

        var state = InitialWords();
        for (int b = 0; b < blocks; b++) state = Compress(cs, state, padded.AsSpan(b * BlockBits, BlockBits));
        return ToBits(state);
    }

    /// <summary>One application of the compression function: the chaining value (256 bits, H0 first) and a 512-bit block give the next chaining value.</summary>
    public static LinearCombination[] Compress(ConstraintSystem cs, ReadOnlySpan<LinearCombination> state, ReadOnlySpan<LinearCombination> block)
    {
        ArgumentNullException.ThrowIfNull(cs);
        if (state.Length != DigestBits) throw new ArgumentException($"the state is {DigestBits} bits, got {state.Length}", nameof(state));
        if (block.Length != BlockBits) throw new ArgumentException($"a block is {BlockBits} bits, got {block.Length}", nameof(block));
        var words = new Word32[StateWords];
        for (int i = 0; i < StateWords; i++) words[i] = Word32.FromBigEndian(state.Slice(i * Word32.Bits, Word32.Bits));
        return ToBits(Compress(cs, words, block));
    }

    private static Word32[] InitialWords()
    {
        var words = new Word32[StateWords];
        for (int i = 0; i < StateWords; i++) words[i] = Word32.Constant(InitialValues[i]);
        return words;
    }

    private static LinearCombination[] ToBits(Word32[] words)
    {
        var bits = new LinearCombination[words.Length * Word32.Bits];
        for (int i = 0; i < words.Length; i++) words[i].CopyBigEndianTo(bits.AsSpan(i * Word32.Bits, Word32.Bits));
        return bits;
    }
}
