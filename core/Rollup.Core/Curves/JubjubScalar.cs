using Rollup.Core.Fields;
using ModL = Rollup.Core.Fields.Montgomery256<Rollup.Core.Curves.SubOrderModulus>;

namespace Rollup.Core.Curves;

/// <summary>Arithmetic on scalars modulo l and 8·l without BigInteger, for the verify path.</summary>
internal static class JubjubScalar
{
    // l·2^5..l·2^0: 2^256 < 64·l, so restoring division by these leaves k mod l.
    private static readonly UInt256[] SubOrderShifts = Shifts(BabyJubjub.SubOrder, 5);

    // 8l·2^2..8l·2^0: 2^256 < 8·(8l).
    private static readonly UInt256[] OrderShifts = Shifts(BabyJubjub.Order, 2);

    public static bool IsBelowSubOrder(in UInt256 k) => k < BabyJubjub.SubOrder;

    public static UInt256 ReduceModSubOrder(in UInt256 k) => Reduce(k, SubOrderShifts);

    public static UInt256 ReduceModOrder(in UInt256 k) => Reduce(k, OrderShifts);

    /// <summary>a·b mod l for a, b &lt; l.</summary>
    public static UInt256 MultiplyModSubOrder(in UInt256 a, in UInt256 b)
    {
        // Montgomery form of a times plain b: the R factors cancel, leaving a·b mod l.
        ModL.ToMontgomery(a.L0, a.L1, a.L2, a.L3, out var m0, out var m1, out var m2, out var m3);
        ModL.Mul(m0, m1, m2, m3, b.L0, b.L1, b.L2, b.L3, out var r0, out var r1, out var r2, out var r3);
        return new UInt256(r0, r1, r2, r3);
    }

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
