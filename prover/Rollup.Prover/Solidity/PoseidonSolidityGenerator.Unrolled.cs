using System.Text;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Prover.Solidity;

public static partial class PoseidonSolidityGenerator
{
    // Straight-line code over t stack variables with every constant a PUSH32: no memory, no jumps.
    // Reduction is lazy: a cell holds a sum of at most t products below r (t <= 4), plus a round
    // constant that is < 5r < 2^256, and mulmod/addmod reduce any 256-bit operand.
    private static void EmitUnrolled(SourceText s, PoseidonSparseSchedule schedule)
    {
        int t = schedule.Width;
        int half = schedule.HalfFullRounds;
        var fc = schedule.FullConstants;
        s.Line("    /// @dev Fully unrolled over the sparse partial-round schedule (Rollup.Core's PoseidonSparseSchedule):");
        s.Line("    ///      each partial-round mix is a sparse matrix, 2t - 1 products instead of t^2.");
        EmitSignatureAndChecks(s, t - 1);
        s.Line("        assembly {");
        EmitModulusVariable(s);
        // The capacity cell starts at 0, so its first S-box output is a constant.
        s.Line($"            let s0 := {Hex(Fr.Pow5(fc[0]))}");
        for (int j = 1; j < t; j++)
        {
            s.Line($"            let s{j} := add(calldataload(add(inputs, {Offset(j - 1)})), {Hex(fc[j])})");
            EmitPow5(s, $"s{j}");
        }
        EmitDenseMix(s, t, half == 1 ? schedule.PreSparseMds : schedule.Mds);
        for (int r = 1; r < half; r++)
        {
            EmitFullSBoxes(s, fc.Slice(r * t, t));
            EmitDenseMix(s, t, r == half - 1 ? schedule.PreSparseMds : schedule.Mds);
        }

        var rows = schedule.SparseRows;
        var columns = schedule.SparseColumns;
        for (int i = 0; i < schedule.RoundsPartial; i++)
        {
            s.Line($"            s0 := add(s0, {Hex(schedule.PartialConstants[i])})");
            EmitPow5(s, "s0");
            var row = rows.Slice(i * t, t);
            var column = columns.Slice(i * (t - 1), t - 1);
            s.Line("            {");
            s.Line($"                let f := {DotProduct(row, t)}");
            for (int j = 1; j < t; j++)
                s.Line($"                s{j} := addmod(s{j}, mulmod(s0, {Hex(column[j - 1])}, r), r)");
            s.Line("                s0 := f");
            s.Line("            }");
        }

        for (int r = half; r < 2 * half; r++)
        {
            EmitFullSBoxes(s, fc.Slice(r * t, t));
            if (r < 2 * half - 1) EmitDenseMix(s, t, schedule.Mds);
        }
        // The digest is cell 0, so the last mix needs only the first row.
        s.Line($"            result := mod({DotProduct(schedule.Mds[..t], t)}, r)");
        s.Line("        }");
        s.Line("    }");
    }

    private static void EmitFullSBoxes(SourceText s, ReadOnlySpan<Fr> constants)
    {
        for (int j = 0; j < constants.Length; j++)
        {
            s.Line($"            s{j} := add(s{j}, {Hex(constants[j])})");
            EmitPow5(s, $"s{j}");
        }
    }

    private static void EmitPow5(SourceText s, string v) =>
        s.Line($"            {{ let q := mulmod({v}, {v}, r) {v} := mulmod(mulmod(q, q, r), {v}, r) }}");

    // new[i] = sum_j m[i][j] * old[j]: the first t - 1 rows go to temporaries, so every row reads the old cells.
    private static void EmitDenseMix(SourceText s, int t, ReadOnlySpan<Fr> m)
    {
        s.Line("            {");
        for (int i = 0; i < t - 1; i++) s.Line($"                let n{i} := {DotProduct(m.Slice(i * t, t), t)}");
        s.Line($"                s{t - 1} := {DotProduct(m.Slice((t - 1) * t, t), t)}");
        for (int i = 0; i < t - 1; i++) s.Line($"                s{i} := n{i}");
        s.Line("            }");
    }

    private static string DotProduct(ReadOnlySpan<Fr> row, int t)
    {
        var sb = new StringBuilder();
        for (int j = 1; j < t; j++) sb.Append("add(");
        sb.Append($"mulmod(s0, {Hex(row[0])}, r)");
        for (int j = 1; j < t; j++) sb.Append($", mulmod(s{j}, {Hex(row[j])}, r))");
        return sb.ToString();
    }
}
