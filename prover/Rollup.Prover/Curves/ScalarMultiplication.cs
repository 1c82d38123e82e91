using System.Numerics;
using Rollup.Core.Fields;

namespace Rollup.Prover.Curves;

/// <summary>Double-and-add for any of the groups; the MSM handles the bulk work, this serves single products.</summary>
internal static class ScalarMultiplication
{
    /// <summary>[k]P for any integer k (negative k negates); k is not reduced, so [r]P is computed as is.</summary>
    public static TP Multiply<TP, TA>(in TP p, BigInteger k)
        where TP : struct, IJacobianPoint<TP, TA>
        where TA : struct
    {
        if (k.Sign < 0) return TP.Negate(Multiply<TP, TA>(p, -k));
        var bytes = k.ToByteArray(isUnsigned: true, isBigEndian: true);
        var acc = TP.Infinity;
        foreach (var b in bytes)
        {
            for (int bit = 7; bit >= 0; bit--)
            {
                acc = TP.Double(acc);
                if (((b >> bit) & 1) != 0) acc = TP.Add(acc, p);
            }
        }
        return acc;
    }

    /// <summary>[k]P for a scalar-field element, by double-and-add over its canonical bits.</summary>
    public static TP Multiply<TP, TA>(in TP p, in Fr k)
        where TP : struct, IJacobianPoint<TP, TA>
        where TA : struct
    {
        var e = k.ToUInt256();
        var acc = TP.Infinity;
        for (int bit = e.BitLength - 1; bit >= 0; bit--)
        {
            acc = TP.Double(acc);
            if (e.Bit(bit)) acc = TP.Add(acc, p);
        }
        return acc;
    }
}
