using Rollup.Core.Fields;

namespace Rollup.Core.Curves;

/// <summary>
/// Width-w non-adjacent form: odd digits in (−2^(w−1), 2^(w−1)) separated by at least w − 1 zeros,
/// so a scalar multiplication needs about n/(w+1) additions from a table of 2^(w−2) odd multiples.
/// </summary>
internal static class WindowedNaf
{
    /// <summary>Digits for scalars below 2^255, with room for the final carry.</summary>
    public const int MaxDigits = 260;

    /// <summary>Writes the digits of k, least significant first; returns one past the highest non-zero digit.</summary>
    public static int Recode(in UInt256 k, int width, Span<sbyte> digits)
    {
        if (k.L3 >> 63 != 0) throw new ArgumentOutOfRangeException(nameof(k), "scalar must be below 2^255");
        if (digits.Length < MaxDigits) throw new ArgumentException($"need {MaxDigits} digits", nameof(digits));

        Span<ulong> limbs = [k.L0, k.L1, k.L2, k.L3, 0, 0];
        digits[..MaxDigits].Clear();
        ulong mask = (1UL << width) - 1;
        int half = 1 << (width - 1);
        int full = 1 << width;
        int carry = 0;
        int top = 0;
        int pos = 0;
        while (pos < MaxDigits)
        {
            int limb = pos >> 6;
            int shift = pos & 63;
            ulong window = limbs[limb] >> shift;
            if (shift + width > 64) window |= limbs[limb + 1] << (64 - shift);
            int value = carry + (int)(window & mask);

            // An even window puts a zero digit here; a pending carry rides along to the next bit.
            if ((value & 1) == 0)
            {
                pos++;
                continue;
            }
            if (value < half)
            {
                digits[pos] = (sbyte)value;
                carry = 0;
            }
            else
            {
                digits[pos] = (sbyte)(value - full);
                carry = 1;
            }
            top = pos + 1;
            pos += width;
        }
        return top;
    }
}
