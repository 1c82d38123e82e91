using System.Numerics;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets.Jubjub;

/// <summary>
/// k·T for a variable point T of prime order l, from up to 254 bits of k (about 6.6 constraints
/// per bit). Write k = b0 + 2·H. H is processed from the top with signed odd digits: its bits
/// c_i become ±1, which makes every pair of bits a digit d ∈ {−3, −1, 1, 3}, and starting from T
/// the accumulator holds K·T with K = 2H + 1 at the end. Then k·T = K·T − (1 − b0)·T.
/// <para>
/// Each 2-bit window is K ← 4K + d: a Montgomery doubling D = 2K·T (4 constraints), a table
/// lookup of d·T from {T, 3T} with its sign (4), and (D + dT) + D in 5. Those formulas need
/// K ≢ 0, 2K ≢ ±d and 4K + d ≢ 0 (mod l); K is odd and at least 1, so all of them hold while
/// 4K + 3 &lt; l, an integer bound tracked while building. The windows past it (the last two for
/// 254 bits) and the final correction use the complete Edwards law instead. No exceptional case
/// is merely improbable: for every T of order l and every k, each formula has a unique solution.
/// </para>
/// </summary>
public static class VariableBaseMultiplication
{
    public const int MaxBits = 254;

    private static readonly BigInteger SubOrder = BabyJubjub.SubOrder.ToBigInteger();

    /// <summary>
    /// k·T for boolean bits of k, least significant first. T must lie in the subgroup of order l
    /// (for instance a cofactor multiple 8·A): the identity is refused, since converting it to
    /// Montgomery form is unsatisfiable, and points with a small-order part are outside the proof
    /// of completeness above.
    /// </summary>
    public static EdwardsPoint Multiply(ConstraintSystem cs, ReadOnlySpan<LinearCombination> bits, in EdwardsPoint t)
    {
        ArgumentNullException.ThrowIfNull(cs);
        if (bits.Length < 1 || bits.Length > MaxBits)
            throw new ArgumentException($"variable-base multiplication takes 1..{MaxBits} bits, got {bits.Length}", nameof(bits));

        var one = MontgomeryGadget.FromEdwards(cs, t);
        var three = MontgomeryGadget.Add(cs, MontgomeryGadget.Double(cs, one), one);
        var c = bits[1..];

        // An odd number of c bits leaves a single top bit: K = 2·1 ± 1, that is T or 3T.
        int pairs = c.Length / 2;
        var acc = one;
        var kMax = BigInteger.One;
        if (c.Length % 2 == 1)
        {
            var top = c[^1];
            acc = new(ConditionalSelect.Select(cs, top, three.U, one.U), ConditionalSelect.Select(cs, top, three.V, one.V));
            kMax = 3;
        }

        int w = pairs - 1;
        for (; w >= 0 && 4 * kMax + 3 < SubOrder; w--)
        {
            var (even, odd) = SignedDigit(cs, c[2 * w], c[2 * w + 1], one.U, one.V, three.U, three.V);
            acc = MontgomeryGadget.DoubleAndAdd(cs, MontgomeryGadget.Double(cs, acc), new MontgomeryPoint(even, odd));
            kMax = 4 * kMax + 3;
        }

        var accEdwards = MontgomeryGadget.ToEdwards(cs, acc);
        if (w >= 0)
        {
            var threeEdwards = MontgomeryGadget.ToEdwards(cs, three);
            for (; w >= 0; w--)
            {
                var (even, odd) = SignedDigit(cs, c[2 * w], c[2 * w + 1], t.Y, t.X, threeEdwards.Y, threeEdwards.X);
                var doubled = EdwardsGadget.Double(cs, EdwardsGadget.Double(cs, accEdwards));
                accEdwards = EdwardsGadget.Add(cs, doubled, new EdwardsPoint(odd, even));
            }
        }

        // Subtract T unless b0 is set: the addend is (−(1 − b0)·x, 1 + (1 − b0)·(y − 1)).
        var notB0 = Fr.One - bits[0];
        var correction = new EdwardsPoint(-(LinearCombination)cs.Multiply(notB0, t.X), cs.Multiply(notB0, t.Y - Fr.One) + Fr.One);
        return EdwardsGadget.Add(cs, accEdwards, correction);
    }

    /// <summary>
    /// d·T for d = 2(2c1 − 1) + (2c0 − 1), i.e. (c1, c0) = 00, 01, 10, 11 → −3, −1, 1, 3, given T and
    /// 3T with their "even" coordinate (equal for ±P: Montgomery u, Edwards y) and "odd" one (negated:
    /// v, x). even = |d| = 1 ? e1 : e3 with |d| = 1 exactly when c0 ≠ c1; odd = −o3 + c0·(o3 − o1) +
    /// c1·(o1 + o3), whose c0·c1 term cancels. 4 constraints.
    /// </summary>
    private static (LinearCombination Even, LinearCombination Odd) SignedDigit(ConstraintSystem cs, in LinearCombination c0, in LinearCombination c1,
        in LinearCombination even1, in LinearCombination odd1, in LinearCombination even3, in LinearCombination odd3)
    {
        // even = e3 + (c0 xor c1)·(e1 − e3) = e3 + g + c1·(e1 − e3 − 2g) with g = c0·(e1 − e3).
        var spread = even1 - even3;
        LinearCombination g = cs.Multiply(c0, spread);
        var even = ConditionalSelect.Select(cs, c1, spread - g, g) + even3;
        LinearCombination odd = cs.Multiply(c0, odd3 - odd1) + cs.Multiply(c1, odd1 + odd3) - odd3;
        return (even, odd);
    }
}
