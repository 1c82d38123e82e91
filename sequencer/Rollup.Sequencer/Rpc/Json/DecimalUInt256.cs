using Rollup.Core.Fields;

namespace Rollup.Sequencer.Rpc.Json;

/// <summary>
/// Decimal digits to a 256-bit integer by limb arithmetic: every signed request carries three
/// such numbers (R8.x, R8.y, S), and BigInteger parsing cost more than the rest of the params.
/// </summary>
public static class DecimalUInt256
{
    /// <summary>False on an empty string, a non-digit or a value of 2^256 or more.</summary>
    public static bool TryParse(ReadOnlySpan<char> digits, out UInt256 value)
    {
        value = default;
        if (digits.IsEmpty) return false;
        ulong l0 = 0, l1 = 0, l2 = 0, l3 = 0;
        foreach (char c in digits)
        {
            if (c is < '0' or > '9') return false;
            // (l3..l0)·10 + digit, limb by limb with the high halves carried up.
            UInt128 t = (UInt128)l0 * 10 + (ulong)(c - '0');
            l0 = (ulong)t;
            t = (UInt128)l1 * 10 + (ulong)(t >> 64);
            l1 = (ulong)t;
            t = (UInt128)l2 * 10 + (ulong)(t >> 64);
            l2 = (ulong)t;
            t = (UInt128)l3 * 10 + (ulong)(t >> 64);
            l3 = (ulong)t;
            if ((t >> 64) != 0) return false;
        }
        value = new UInt256(l0, l1, l2, l3);
        return true;
    }
}
