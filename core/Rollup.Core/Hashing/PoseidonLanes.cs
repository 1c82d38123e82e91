using Rollup.Core.Fields;
using Rollup.Core.Fields.Lanes;
using F = Rollup.Core.Fields.Lanes.Montgomery8<Rollup.Core.Fields.FrModulus>;

namespace Rollup.Core.Hashing;

/// <summary>
/// Eight Poseidon permutations of one width at once, on the sparse schedule of
/// <see cref="PoseidonSparseSchedule"/> with every state cell in AVX-512 lanes
/// (<see cref="Montgomery8{TMod}"/>): about three times the throughput of one-by-one hashing
/// when there are many independent hashes (a tree level, a batch of leaves or signatures).
/// </summary>
internal static class PoseidonLanes
{
    /// <summary>outputs[k] = Poseidon(inputs[k·n .. k·n + n]) for whole groups of eight; returns how many were hashed (a multiple of eight).</summary>
    public static int HashGroups(ReadOnlySpan<Fr> inputs, int n, Span<Fr> outputs)
    {
        int groups = outputs.Length >> 3;
        if (groups == 0) return 0;
        var schedule = PoseidonSparseSchedule.ForWidth(n + 1);
        // Each cell is 512 bytes: at most 17 of each, 17 KB of stack, once per call.
        Span<Lanes8> state = stackalloc Lanes8[n + 1];
        Span<Lanes8> scratch = stackalloc Lanes8[n + 1];
        for (int g = 0; g < groups; g++)
        {
            int first = g * 8 * n;
            state[0] = default;
            for (int j = 1; j <= n; j++)
            {
                int at = first + j - 1;
                Lanes8.Load(in inputs[at], in inputs[at + n], in inputs[at + 2 * n], in inputs[at + 3 * n],
                    in inputs[at + 4 * n], in inputs[at + 5 * n], in inputs[at + 6 * n], in inputs[at + 7 * n], out state[j]);
            }
            Permute(schedule, state, scratch);
            state[0].Store(outputs.Slice(g * 8, 8));
        }
        return groups * 8;
    }

    private static void Permute(PoseidonSparseSchedule schedule, Span<Lanes8> state, Span<Lanes8> scratch)
    {
        int t = schedule.Width;
        int half = schedule.HalfFullRounds;
        var fc = schedule.FullConstants;

        for (int r = 0; r < half; r++)
        {
            FullSBox(state, fc.Slice(r * t, t));
            Mix(r == half - 1 ? schedule.PreSparseMds : schedule.Mds, state, scratch);
        }

        var rows = schedule.SparseRows;
        var cols = schedule.SparseColumns;
        var pc = schedule.PartialConstants;
        for (int i = 0; i < pc.Length; i++)
        {
            SBox(ref state[0], pc[i]);
            var row = rows.Slice(i * t, t);
            var col = cols.Slice(i * (t - 1), t - 1);
            Dot(row, state, out var first);
            for (int j = 1; j < t; j++)
            {
                Lanes8.Broadcast(col[j - 1], out var c);
                F.Mul(c, state[0], out c);
                F.Add(state[j], c, out state[j]);
            }
            state[0] = first;
        }

        for (int r = half; r < 2 * half; r++)
        {
            FullSBox(state, fc.Slice(r * t, t));
            Mix(schedule.Mds, state, scratch);
        }
    }

    private static void FullSBox(Span<Lanes8> state, ReadOnlySpan<Fr> constants)
    {
        for (int j = 0; j < state.Length; j++) SBox(ref state[j], constants[j]);
    }

    /// <summary>x = (x + c)^5.</summary>
    private static void SBox(ref Lanes8 x, in Fr c)
    {
        Lanes8.Broadcast(c, out var constant);
        F.Add(x, constant, out x);
        F.Mul(x, x, out var square);
        F.Mul(square, square, out var fourth);
        F.Mul(fourth, x, out x);
    }

    private static void Mix(ReadOnlySpan<Fr> m, Span<Lanes8> state, Span<Lanes8> scratch)
    {
        int t = state.Length;
        for (int i = 0; i < t; i++) Dot(m.Slice(i * t, t), state, out scratch[i]);
        scratch.CopyTo(state);
    }

    private static void Dot(ReadOnlySpan<Fr> row, ReadOnlySpan<Lanes8> state, out Lanes8 sum)
    {
        Lanes8.Broadcast(row[0], out var c);
        F.Mul(c, state[0], out sum);
        for (int j = 1; j < row.Length; j++)
        {
            Lanes8.Broadcast(row[j], out c);
            F.Mul(c, state[j], out c);
            F.Add(sum, c, out sum);
        }
    }
}
