using Rollup.Core.Fields;
using K = Rollup.Core.Hashing.MontgomeryFr;

namespace Rollup.Core.Hashing;

/// <summary>
/// Poseidon with two inputs (t = 3), the Merkle-tree hash, unrolled over three locals: the
/// sparse schedule, fused three-term dot products with one reduction each, and the first
/// S-box of the capacity cell (always zero plus a constant) precomputed.
/// </summary>
internal static class PoseidonWidth3
{
    private const int T = 3;

    private static readonly PoseidonSparseSchedule Schedule = PoseidonSparseSchedule.ForWidth(T);
    private static readonly Fr[] FullConstants = Schedule.FullConstants.ToArray();
    private static readonly Fr[] Mds = Schedule.Mds.ToArray();
    private static readonly Fr[] PreSparseMds = Schedule.PreSparseMds.ToArray();
    private static readonly Fr[] PartialConstants = Schedule.PartialConstants.ToArray();
    private static readonly Fr[] SparseRows = Schedule.SparseRows.ToArray();
    private static readonly Fr[] SparseColumns = Schedule.SparseColumns.ToArray();
    private static readonly Fr FirstCapacitySBox = Fr.Pow5(Schedule.FullConstants[0]);

    public static Fr Hash(in Fr a, in Fr b)
    {
        var fc = FullConstants;
        var m = Mds;
        int half = Schedule.HalfFullRounds;

        var s0 = FirstCapacitySBox;
        var s1 = K.Pow5(K.AddUnreduced(a, fc[1]));
        var s2 = K.Pow5(K.AddUnreduced(b, fc[2]));
        Mix(m, ref s0, ref s1, ref s2);

        for (int r = 1; r < half; r++)
        {
            s0 = K.Pow5(K.AddUnreduced(s0, fc[r * T]));
            s1 = K.Pow5(K.AddUnreduced(s1, fc[r * T + 1]));
            s2 = K.Pow5(K.AddUnreduced(s2, fc[r * T + 2]));
            Mix(r == half - 1 ? PreSparseMds : m, ref s0, ref s1, ref s2);
        }

        var pc = PartialConstants;
        var rows = SparseRows;
        var cols = SparseColumns;
        for (int i = 0; i < pc.Length; i++)
        {
            var x = K.Pow5(K.AddUnreduced(s0, pc[i]));
            s0 = K.SumOfProducts(rows[i * T], x, rows[i * T + 1], s1, rows[i * T + 2], s2);
            s1 = K.Add(s1, K.Mul(cols[i * 2], x));
            s2 = K.Add(s2, K.Mul(cols[i * 2 + 1], x));
        }

        for (int r = half; r < 2 * half - 1; r++)
        {
            s0 = K.Pow5(K.AddUnreduced(s0, fc[r * T]));
            s1 = K.Pow5(K.AddUnreduced(s1, fc[r * T + 1]));
            s2 = K.Pow5(K.AddUnreduced(s2, fc[r * T + 2]));
            Mix(m, ref s0, ref s1, ref s2);
        }

        // Last round: only the digest cell of the mix is needed.
        int last = (2 * half - 1) * T;
        s0 = K.Pow5(K.AddUnreduced(s0, fc[last]));
        s1 = K.Pow5(K.AddUnreduced(s1, fc[last + 1]));
        s2 = K.Pow5(K.AddUnreduced(s2, fc[last + 2]));
        return K.SumOfProducts(m[0], s0, m[1], s1, m[2], s2);
    }

    private static void Mix(Fr[] m, ref Fr s0, ref Fr s1, ref Fr s2)
    {
        var n0 = K.SumOfProducts(m[0], s0, m[1], s1, m[2], s2);
        var n1 = K.SumOfProducts(m[3], s0, m[4], s1, m[5], s2);
        s2 = K.SumOfProducts(m[6], s0, m[7], s1, m[8], s2);
        s0 = n0;
        s1 = n1;
    }
}
