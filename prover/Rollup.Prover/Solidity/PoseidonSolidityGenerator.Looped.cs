using System.Text;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Prover.Solidity;

public static partial class PoseidonSolidityGenerator
{
    /// <summary>Widest state the looped form keeps in stack variables (the EVM reaches 16 stack slots).</summary>
    public const int MaxLoopedWidth = 8;

    // One loop per phase with the dense MDS matrix inline; round constants (the schedule's folded
    // ones: t per full round, one per partial round) come from a data blob copied to memory once.
    // The sparse matrices would need (2t - 1) words per partial round, over the size limit for t = 8.
    private static void EmitLooped(SourceText s, PoseidonSparseSchedule schedule)
    {
        int t = schedule.Width;
        int half = schedule.HalfFullRounds;
        var fc = schedule.FullConstants;
        var blob = new StringBuilder();
        foreach (var c in fc[..(half * t)]) blob.Append(Hex(c).AsSpan(2));
        foreach (var c in schedule.PartialConstants) blob.Append(Hex(c).AsSpan(2));
        foreach (var c in fc[(half * t)..]) blob.Append(Hex(c).AsSpan(2));

        s.Line("    /// @dev In execution order: t per full round, one per partial round.");
        s.Line($"    bytes internal constant ROUND_CONSTANTS = hex\"{blob}\";");
        s.Line();
        s.Line("    /// @dev Loops over rounds with the dense MDS matrix inline. Each mixed cell is reduced once:");
        s.Line("    ///      two sums of at most four products below r, joined by addmod.");
        EmitSignatureAndChecks(s, t - 1);
        s.Line("        bytes memory constants = ROUND_CONSTANTS;");
        s.Line("        assembly (\"memory-safe\") {");
        EmitModulusVariable(s);
        s.Line("            let k := add(constants, 0x20)");
        s.Line("            let s0 := 0");
        for (int j = 1; j < t; j++) s.Line($"            let s{j} := calldataload(add(inputs, {Offset(j - 1)}))");
        EmitLoopedFullRounds(s, t, half, 1 + half * t);
        s.Line($"            for {{ }} lt(k, add(constants, {Offset(1 + half * t + schedule.RoundsPartial)})) {{ k := add(k, 0x20) }} {{");
        s.Line("                s0 := add(s0, mload(k))");
        s.Line("                { let q := mulmod(s0, s0, r) s0 := mulmod(mulmod(q, q, r), s0, r) }");
        EmitLoopedMix(s, t, schedule.Mds);
        s.Line("            }");
        EmitLoopedFullRounds(s, t, half, 1 + 2 * half * t + schedule.RoundsPartial);
        s.Line("            result := mod(s0, r)");
        s.Line("        }");
        s.Line("    }");
    }

    // The constant pointer k walks the blob: full rounds take t words each, partial rounds one.
    // Loops end at a fixed offset from the bytes' start (word 0 is its length), since every
    // further stack variable would push the state cells out of DUP's reach.
    private static void EmitLoopedFullRounds(SourceText s, int t, int half, int endWord)
    {
        var mds = PoseidonSparseSchedule.ForWidth(t).Mds;
        s.Line($"            for {{ }} lt(k, add(constants, {Offset(endWord)})) {{ k := add(k, {Offset(t)}) }} {{");
        for (int j = 0; j < t; j++)
        {
            s.Line($"                s{j} := addmod(s{j}, mload(add(k, {Offset(j)})), r)");
            s.Line($"                {{ let q := mulmod(s{j}, s{j}, r) s{j} := mulmod(mulmod(q, q, r), s{j}, r) }}");
        }
        EmitLoopedMix(s, t, mds);
        s.Line("            }");
    }

    // Mixed cells 0..t-2 go through free memory (scratch past the free-memory pointer), so every row reads the old cells.
    private static void EmitLoopedMix(SourceText s, int t, ReadOnlySpan<Fr> m)
    {
        for (int i = 0; i < t - 1; i++) s.Line($"                mstore(add(mload(0x40), {Offset(i)}), {ReducedDot(m.Slice(i * t, t), t)})");
        s.Line($"                s{t - 1} := {ReducedDot(m.Slice((t - 1) * t, t), t)}");
        for (int i = 0; i < t - 1; i++) s.Line($"                s{i} := mload(add(mload(0x40), {Offset(i)}))");
    }

    private static string ReducedDot(ReadOnlySpan<Fr> row, int t)
    {
        int split = Math.Min(4, t);
        string first = PartialSum(row, 0, split);
        return t <= 4 ? $"mod({first}, r)" : $"addmod({first}, {PartialSum(row, split, t)}, r)";
    }

    private static string PartialSum(ReadOnlySpan<Fr> row, int from, int to)
    {
        var sb = new StringBuilder();
        for (int j = from + 1; j < to; j++) sb.Append("add(");
        sb.Append($"mulmod(s{from}, {Hex(row[from])}, r)");
        for (int j = from + 1; j < to; j++) sb.Append($", mulmod(s{j}, {Hex(row[j])}, r))");
        return sb.ToString();
    }
}
