using System.Buffers.Binary;
using System.Numerics;

namespace Rollup.Core.Hashing;

/// <summary>
/// Keccak-256 as Ethereum uses it (original Keccak padding 0x01, not NIST SHA3's 0x06).
/// Core needs it only for the EIP-712 digest of RegisterKey, so it is a plain one-shot
/// implementation rather than an incremental hasher.
/// </summary>
public static class Keccak256
{
    private const int RateBytes = 136;

    private static readonly ulong[] RoundConstants =
    [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
        0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
        0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
        0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
        0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ];

    private static readonly int[] Rotations =
    [
        1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44,
    ];

    private static readonly int[] PiLanes =
    [
        10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1,
    ];

    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var output = new byte[32];
        Hash(data, output);
        return output;
    }

    public static void Hash(ReadOnlySpan<byte> data, Span<byte> output32)
    {
        Span<ulong> state = stackalloc ulong[25];
        state.Clear();
        while (data.Length >= RateBytes)
        {
            Absorb(state, data[..RateBytes]);
            Permute(state);
            data = data[RateBytes..];
        }
        Span<byte> last = stackalloc byte[RateBytes];
        last.Clear();
        data.CopyTo(last);
        last[data.Length] ^= 0x01;
        last[RateBytes - 1] ^= 0x80;
        Absorb(state, last);
        Permute(state);
        for (int i = 0; i < 4; i++)
            BinaryPrimitives.WriteUInt64LittleEndian(output32[(8 * i)..], state[i]);
    }

    private static void Absorb(Span<ulong> state, ReadOnlySpan<byte> block)
    {
        for (int i = 0; i < RateBytes / 8; i++)
            state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(8 * i)..]);
    }

    private static void Permute(Span<ulong> a)
    {
        Span<ulong> c = stackalloc ulong[5];
        for (int round = 0; round < 24; round++)
        {
            for (int x = 0; x < 5; x++)
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; x++)
            {
                ulong d = c[(x + 4) % 5] ^ BitOperations.RotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) a[y + x] ^= d;
            }

            ulong current = a[1];
            for (int i = 0; i < 24; i++)
            {
                int j = PiLanes[i];
                ulong next = a[j];
                a[j] = BitOperations.RotateLeft(current, Rotations[i]);
                current = next;
            }

            for (int y = 0; y < 25; y += 5)
            {
                for (int x = 0; x < 5; x++) c[x] = a[y + x];
                for (int x = 0; x < 5; x++) a[y + x] = c[x] ^ (~c[(x + 1) % 5] & c[(x + 2) % 5]);
            }

            a[0] ^= RoundConstants[round];
        }
    }
}
