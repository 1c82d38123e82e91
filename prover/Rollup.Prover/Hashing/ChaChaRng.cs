using System.Buffers.Binary;
using System.Numerics;

namespace Rollup.Prover.Hashing;

/// <summary>
/// ffjavascript's deterministic generator: the ChaCha20 block function over a state of the
/// four constants, an 8-word seed and a 4-word counter starting at 0, read word by word.
/// snarkjs derives phase-2 points from it (hash-to-G2 of a transcript), so reproducing its
/// exact output is what lets us check snarkjs' contribution proofs and write ones it accepts.
/// </summary>
internal sealed class ChaChaRng
{
    private readonly uint[] _state = new uint[16];
    private readonly uint[] _block = new uint[16];
    private int _index = 16;

    public ChaChaRng(ReadOnlySpan<uint> seed)
    {
        if (seed.Length != 8) throw new ArgumentException("ChaCha takes an 8-word seed", nameof(seed));
        _state[0] = 0x61707865;
        _state[1] = 0x3320646E;
        _state[2] = 0x79622D32;
        _state[3] = 0x6B206574;
        seed.CopyTo(_state.AsSpan(4));
    }

    /// <summary>Seeded as snarkjs seeds from a hash: its first 32 bytes as eight big-endian words.</summary>
    public static ChaChaRng FromHash(ReadOnlySpan<byte> hash)
    {
        if (hash.Length < 32) throw new ArgumentException("a seed hash needs at least 32 bytes", nameof(hash));
        Span<uint> seed = stackalloc uint[8];
        for (int i = 0; i < 8; i++) seed[i] = BinaryPrimitives.ReadUInt32BigEndian(hash[(4 * i)..]);
        return new ChaChaRng(seed);
    }

    public uint NextUInt32()
    {
        if (_index == 16) Refill();
        return _block[_index++];
    }

    /// <summary>Two words, the first one high, as ffjavascript's nextU64.</summary>
    public ulong NextUInt64()
    {
        ulong high = NextUInt32();
        return (high << 32) | NextUInt32();
    }

    public bool NextBool() => (NextUInt32() & 1) == 1;

    private void Refill()
    {
        _state.CopyTo(_block, 0);
        for (int i = 0; i < 10; i++)
        {
            QuarterRound(0, 4, 8, 12);
            QuarterRound(1, 5, 9, 13);
            QuarterRound(2, 6, 10, 14);
            QuarterRound(3, 7, 11, 15);
            QuarterRound(0, 5, 10, 15);
            QuarterRound(1, 6, 11, 12);
            QuarterRound(2, 7, 8, 13);
            QuarterRound(3, 4, 9, 14);
        }
        for (int i = 0; i < 16; i++) _block[i] += _state[i];
        _index = 0;
        for (int i = 12; i < 16; i++)
            if (++_state[i] != 0) break;
    }

    private void QuarterRound(int a, int b, int c, int d)
    {
        var s = _block;
        s[a] += s[b]; s[d] = BitOperations.RotateLeft(s[d] ^ s[a], 16);
        s[c] += s[d]; s[b] = BitOperations.RotateLeft(s[b] ^ s[c], 12);
        s[a] += s[b]; s[d] = BitOperations.RotateLeft(s[d] ^ s[a], 8);
        s[c] += s[d]; s[b] = BitOperations.RotateLeft(s[b] ^ s[c], 7);
    }
}
