using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets.Sha256;

public static partial class Sha256Gadget
{
    private static readonly uint[] RoundConstants =
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    /// <summary>
    /// Per round: Σ1 and Σ0 two constraints per bit (two xors), Ch one, Maj one plus one for the
    /// next round's b xor c, and the new e and a as sums of 35 and 34 bits. The message schedule
    /// costs σ0, σ1 (xors, fewer where the shift brings in zeros) and a 34-bit sum per word.
    /// </summary>
    private static Word32[] Compress(ConstraintSystem cs, Word32[] state, ReadOnlySpan<LinearCombination> block)
    {
        var w = new Word32[64];
        for (int t = 0; t < BlockWords; t++) w[t] = Word32.FromBigEndian(block.Slice(t * Word32.Bits, Word32.Bits));
        for (int t = BlockWords; t < 64; t++)
            w[t] = Word32.Sum(cs, [SmallSigma1(cs, w[t - 2]), w[t - 7], SmallSigma0(cs, w[t - 15]), w[t - 16]], 0);

        var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]);
        // Maj(a, b, c) = (b xor c) ? a : b, and a round's a xor b is the next round's b xor c.
        var bXorC = Word32.Xor(cs, b, c);
        for (int t = 0; t < 64; t++)
        {
            var s1 = BigSigma1(cs, e);
            var ch = Word32.Choose(cs, e, f, g);
            var s0 = BigSigma0(cs, a);
            var maj = Word32.Choose(cs, bXorC, a, b);
            if (t < 63) bXorC = Word32.Xor(cs, a, b);
            var newE = Word32.Sum(cs, [d, h, s1, ch, w[t]], RoundConstants[t]);
            // a' = T1 + T2 and e' = d + T1, so a' = e' + (2^32 − 1 − d) + 1 + Σ0 + Maj (mod 2^32): four
            // words and a one fit in 34 bits, where T1 + T2 from scratch would need 35.
            var newA = Word32.Sum(cs, [newE, Word32.Not(d), s0, maj], 1);
            (h, g, f, e, d, c, b, a) = (g, f, e, newE, c, b, a, newA);
        }

        return
        [
            Word32.Sum(cs, [state[0], a], 0), Word32.Sum(cs, [state[1], b], 0), Word32.Sum(cs, [state[2], c], 0), Word32.Sum(cs, [state[3], d], 0),
            Word32.Sum(cs, [state[4], e], 0), Word32.Sum(cs, [state[5], f], 0), Word32.Sum(cs, [state[6], g], 0), Word32.Sum(cs, [state[7], h], 0),
        ];
    }

    private static Word32 BigSigma0(ConstraintSystem cs, in Word32 x) => Xor3(cs, x.RotateRight(2), x.RotateRight(13), x.RotateRight(22));

    private static Word32 BigSigma1(ConstraintSystem cs, in Word32 x) => Xor3(cs, x.RotateRight(6), x.RotateRight(11), x.RotateRight(25));

    private static Word32 SmallSigma0(ConstraintSystem cs, in Word32 x) => Xor3(cs, x.RotateRight(7), x.RotateRight(18), x.ShiftRight(3));

    private static Word32 SmallSigma1(ConstraintSystem cs, in Word32 x) => Xor3(cs, x.RotateRight(17), x.RotateRight(19), x.ShiftRight(10));

    // The shifted operand goes last: its zero bits then fold away instead of costing a constraint.
    private static Word32 Xor3(ConstraintSystem cs, in Word32 x, in Word32 y, in Word32 z) => Word32.Xor(cs, Word32.Xor(cs, x, y), z);
}
