using Rollup.Core.Fields;
using K = Rollup.Core.Fields.FrKernel;

namespace Rollup.Core.Hashing;

/// <summary>
/// An equivalent, cheaper form of the Poseidon permutation for one width, derived in code
/// from <see cref="PoseidonParameters"/> (the idea behind circomlib's poseidon_opt, derived
/// independently here):
/// <list type="bullet">
/// <item>Partial rounds only feed cell 0 through the S-box, so the constants they add to the
/// other cells pass through the mix linearly; they are pushed forward into the next round and
/// every partial round adds a single scalar.</item>
/// <item>Each partial-round mix A is factored as S * D, where D = diag(1, A') leaves cell 0
/// alone (so it commutes with the partial S-box) and S is sparse: a dense first row, a dense
/// first column and the identity elsewhere. D is folded backwards into the previous round's
/// matrix, ending in the last full round before the partial rounds, which stays dense.</item>
/// </list>
/// A partial round then costs about 2t multiplications instead of t^2.
/// </summary>
internal sealed class PoseidonSparseSchedule
{
    private static readonly Lazy<PoseidonSparseSchedule>[] Cache = CreateCache();

    private readonly Fr[] _fullConstants;
    private readonly Fr[] _mds;
    private readonly Fr[] _preSparseMds;
    private readonly Fr[] _partialConstants;
    private readonly Fr[] _sparseRows;
    private readonly Fr[] _sparseColumns;

    private PoseidonSparseSchedule(PoseidonParameters p)
    {
        Width = p.Width;
        HalfFullRounds = p.RoundsFull / 2;
        RoundsPartial = p.RoundsPartial;
        int t = Width;
        var rc = p.RoundConstants;
        _mds = p.Mds.ToArray();

        // Full-round constants keep their order: first half, then second half.
        _fullConstants = new Fr[p.RoundsFull * t];
        rc[..(HalfFullRounds * t)].CopyTo(_fullConstants);
        rc[((HalfFullRounds + RoundsPartial) * t)..].CopyTo(_fullConstants.AsSpan(HalfFullRounds * t));

        // Constants: round i adds c_i + M * rest(previous); only cell 0 stays in the round.
        _partialConstants = new Fr[RoundsPartial];
        var carry = new Fr[t];
        for (int i = 0; i < RoundsPartial; i++)
        {
            var c = new Fr[t];
            for (int j = 0; j < t; j++) c[j] = rc[(HalfFullRounds + i) * t + j] + carry[j];
            _partialConstants[i] = c[0];
            c[0] = Fr.Zero;
            carry = FieldLinearAlgebra.Apply(_mds, c, t);
        }
        for (int j = 0; j < t; j++) _fullConstants[HalfFullRounds * t + j] += carry[j];

        // Matrices, last partial round first: A = S * D, then the previous round mixes with D * M.
        _sparseRows = new Fr[RoundsPartial * t];
        _sparseColumns = new Fr[RoundsPartial * (t - 1)];
        var a = _mds;
        int n = t - 1;
        for (int i = RoundsPartial - 1; i >= 0; i--)
        {
            var inner = new Fr[n * n];
            for (int r = 0; r < n; r++)
                for (int col = 0; col < n; col++)
                    inner[r * n + col] = a[(r + 1) * t + col + 1];
            var innerInverse = FieldLinearAlgebra.Invert(inner, n);

            // First row of S is (a00, a_row * inner^-1); first column below it is A's.
            _sparseRows[i * t] = a[0];
            for (int col = 0; col < n; col++)
            {
                var acc = Fr.Zero;
                for (int k = 0; k < n; k++) acc += a[k + 1] * innerInverse[k * n + col];
                _sparseRows[i * t + 1 + col] = acc;
            }
            for (int r = 0; r < n; r++) _sparseColumns[i * n + r] = a[(r + 1) * t];

            var d = new Fr[t * t];
            d[0] = Fr.One;
            for (int r = 0; r < n; r++)
                for (int col = 0; col < n; col++)
                    d[(r + 1) * t + col + 1] = inner[r * n + col];
            a = FieldLinearAlgebra.Multiply(d, _mds, t);
        }
        _preSparseMds = a;
    }

    public int Width { get; }
    public int HalfFullRounds { get; }
    public int RoundsPartial { get; }

    /// <summary>Constants of the full rounds in execution order (the first after the partial rounds absorbs their pushed constants).</summary>
    public ReadOnlySpan<Fr> FullConstants => _fullConstants;

    public ReadOnlySpan<Fr> Mds => _mds;

    /// <summary>The mix of the last full round before the partial rounds: D_0 * M.</summary>
    public ReadOnlySpan<Fr> PreSparseMds => _preSparseMds;

    /// <summary>The scalar each partial round adds to cell 0.</summary>
    public ReadOnlySpan<Fr> PartialConstants => _partialConstants;

    /// <summary>First row of each partial round's sparse matrix, t per round.</summary>
    public ReadOnlySpan<Fr> SparseRows => _sparseRows;

    /// <summary>First column below the diagonal of each partial round's sparse matrix, t - 1 per round.</summary>
    public ReadOnlySpan<Fr> SparseColumns => _sparseColumns;

    public static PoseidonSparseSchedule ForWidth(int width)
    {
        PoseidonParameters.ForWidth(width);
        return Cache[width - PoseidonParameters.MinWidth].Value;
    }

    /// <summary>Applies the permutation in place; state.Length must equal Width.</summary>
    public void Permute(Span<Fr> state)
    {
        int t = Width;
        if (state.Length != t) throw new ArgumentException($"state must have {t} cells", nameof(state));
        Span<Fr> scratch = stackalloc Fr[t];
        ReadOnlySpan<Fr> fc = _fullConstants;

        for (int r = 0; r < HalfFullRounds; r++)
        {
            FullSBox(state, fc.Slice(r * t, t));
            Mix(r == HalfFullRounds - 1 ? _preSparseMds : _mds, state, scratch);
        }

        ReadOnlySpan<Fr> rows = _sparseRows;
        ReadOnlySpan<Fr> cols = _sparseColumns;
        for (int i = 0; i < RoundsPartial; i++)
        {
            var s0 = K.Pow5(K.AddUnreduced(state[0], _partialConstants[i]));
            var row = rows.Slice(i * t, t);
            var col = cols.Slice(i * (t - 1), t - 1);
            state[0] = s0;
            var first = K.Dot(row, state);
            for (int j = 1; j < t; j++) state[j] = Fr.Add(state[j], Fr.Mul(col[j - 1], s0));
            state[0] = first;
        }

        for (int r = HalfFullRounds; r < 2 * HalfFullRounds; r++)
        {
            FullSBox(state, fc.Slice(r * t, t));
            Mix(_mds, state, scratch);
        }
    }

    private static void FullSBox(Span<Fr> state, ReadOnlySpan<Fr> constants)
    {
        for (int j = 0; j < state.Length; j++) state[j] = K.Pow5(K.AddUnreduced(state[j], constants[j]));
    }

    private static void Mix(ReadOnlySpan<Fr> m, Span<Fr> state, Span<Fr> scratch)
    {
        int t = state.Length;
        for (int i = 0; i < t; i++) scratch[i] = K.Dot(m.Slice(i * t, t), state);
        scratch.CopyTo(state);
    }

    private static Lazy<PoseidonSparseSchedule>[] CreateCache()
    {
        var cache = new Lazy<PoseidonSparseSchedule>[PoseidonParameters.MaxWidth - PoseidonParameters.MinWidth + 1];
        for (int i = 0; i < cache.Length; i++)
        {
            int width = i + PoseidonParameters.MinWidth;
            cache[i] = new Lazy<PoseidonSparseSchedule>(() => new PoseidonSparseSchedule(PoseidonParameters.ForWidth(width)), LazyThreadSafetyMode.ExecutionAndPublication);
        }
        return cache;
    }
}
