using Rollup.Core.Fields;

namespace Rollup.Core.Hashing;

/// <summary>The Poseidon permutation in its textbook form: constants, S-box, dense MDS mix every round.</summary>
internal static class PoseidonPermutation
{
    public static void Permute(PoseidonParameters p, Span<Fr> state)
    {
        int t = p.Width;
        if (state.Length != t) throw new ArgumentException($"state must have {t} cells", nameof(state));
        var rc = p.RoundConstants;
        var mds = p.Mds;
        int half = p.RoundsFull / 2;
        Span<Fr> next = stackalloc Fr[t];
        for (int r = 0; r < p.Rounds; r++)
        {
            bool full = r < half || r >= half + p.RoundsPartial;
            for (int i = 0; i < t; i++) state[i] += rc[r * t + i];
            if (full)
                for (int i = 0; i < t; i++) state[i] = Fr.Pow5(state[i]);
            else
                state[0] = Fr.Pow5(state[0]);
            for (int i = 0; i < t; i++)
            {
                var acc = Fr.Zero;
                for (int j = 0; j < t; j++) acc += mds[i * t + j] * state[j];
                next[i] = acc;
            }
            next.CopyTo(state);
        }
    }
}
