using Rollup.Core.Fields;

namespace Rollup.Core.Curves;

/// <summary>Reductions of 256-bit scalars modulo l and 8·l without BigInteger, for the verify path.</summary>
internal static class JubjubScalar
{
    // l·2^5..l·2^0: 2^256 < 64·l, so restoring division by these leaves k mod l.
    private static readonly UInt256[] SubOrderShifts = Shifts(BabyJubjub.SubOrder, 5);

    // 8l·2^2..8l·2^0: 2^256 < 8·(8l).
    private static readonly UInt256[] OrderShifts = Shifts(BabyJubjub.Order, 2);

    public static bool IsBelowSubOrder(in UInt256 k) => k < BabyJubjub.SubOrder;

    public static UInt256 ReduceModSubOrder(in UInt256 k) => Reduce(k, SubOrderShifts);

    public static UInt256 ReduceModOrder(in UInt256 k) => Reduce(k, OrderShifts);

    private static UInt256 Reduce(UInt256 k, UInt256[] shifts)
    {
        foreach (var m in shifts)
            if (k >= m) k = UInt256.Subtract(k, m, out _);
        return k;
    }


    private static UInt256[] Shifts(in UInt256 m, int maxShift)
    {
        var big = m.ToBigInteger();
        var result = new UInt256[maxShift + 1];
        for (int s = maxShift; s >= 0; s--)
            result[maxShift - s] = UInt256.FromBigInteger(big << s);
        return result;
    }
}
