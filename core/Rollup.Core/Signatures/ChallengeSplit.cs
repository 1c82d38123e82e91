using Rollup.Core.Curves;
using Rollup.Core.Fields;

namespace Rollup.Core.Signatures;

/// <summary>
/// Halves the doublings of verification (Pornin, "Optimized lattice basis reduction in dimension 2,
/// and fast Schnorr and EdDSA signature verification", 2020): rather than S·B = R + h·A with a
/// 251-bit h, find c &gt; 0 and d of about 126 bits with d ≡ c·h (mod l) and check
/// (c·S mod l)·B = c·R + d·A, a two-point combination over half-length scalars.
/// The pair comes from extended Euclid on (l, h) stopped once the remainder falls below √l, where
/// the remainder and its cofactor are both below √l. Scaling by c must not hide a difference of
/// small order (R is only known to be on the curve), so c is kept odd: consecutive Euclid cofactors
/// are coprime, hence one of the last two is odd.
/// </summary>
internal readonly struct ChallengeSplit
{
    // ⌊√l⌋ + 1: stopping below it bounds both the remainder and its cofactor by √l.
    private static readonly UInt256 Bound = new(0xb4fe17016e6fb9e6, 0x2759fa0862d5ab22);

    /// <summary>|c|, positive and odd.</summary>
    public readonly UInt256 C;

    /// <summary>|d|.</summary>
    public readonly UInt256 D;

    /// <summary>True when d is negative, i.e. the check is (c·S)·B = c·R − |d|·A.</summary>
    public readonly bool DNegative;

    private ChallengeSplit(in UInt256 c, in UInt256 d, bool dNegative)
    {
        C = c; D = d; DNegative = dNegative;
    }

    /// <summary>For h &lt; l.</summary>
    public static ChallengeSplit Of(in UInt256 h)
    {
        // Invariant: r ≡ t·h (mod l) for both (rPrev, tPrev) and (r, t).
        var rPrev = BabyJubjub.SubOrder;
        var r = h;
        Int128 tPrev = 0;
        Int128 t = 1;
        while (r >= Bound)
        {
            var remainder = rPrev;
            var q = UInt256Math.DivRem(ref remainder, r);
            rPrev = r;
            r = remainder;
            // |tNext|·rPrev <= l with rPrev >= √l, so every product here stays below 2^127.
            var tNext = tPrev - (Int128)q * t;
            tPrev = t;
            t = tNext;
        }
        if ((t & 1) == 0)
        {
            r = rPrev;
            t = tPrev;
        }

        // Multiply through by −1 if needed so that c > 0; d = r >= 0 then takes the sign of t.
        bool negative = t < 0;
        var magnitude = (UInt128)(negative ? -t : t);
        return new ChallengeSplit(new UInt256((ulong)magnitude, (ulong)(magnitude >> 64)), r, negative);
    }
}
