using Rollup.Core.Fields;

namespace Rollup.Core.Hashing;

/// <summary>
/// The circomlib Poseidon instance for one state width t (inputs + 1): round counts, round
/// constants and the Cauchy MDS matrix, all derived from the Grain LFSR exactly as the
/// Poseidon reference script does. Circuit and contract generators read constants from here,
/// so there is a single source of truth.
/// </summary>
public sealed class PoseidonParameters
{
    public const int MinWidth = 2;
    public const int MaxWidth = 17;
    public const int FieldBits = 254;
    public const int FullRounds = 8;

    // circomlib's choice per width t = 2..17 (security margin applied to the paper's bounds).
    private static readonly int[] PartialRoundsByWidth = [56, 57, 56, 60, 60, 63, 64, 63, 60, 66, 60, 65, 70, 60, 64, 68];

    private static readonly Lazy<PoseidonParameters>[] Cache = CreateCache();

    private readonly Fr[] _roundConstants;
    private readonly Fr[] _mds;

    private PoseidonParameters(int width, int roundsFull, int roundsPartial, Fr[] roundConstants, Fr[] mds)
    {
        Width = width;
        RoundsFull = roundsFull;
        RoundsPartial = roundsPartial;
        _roundConstants = roundConstants;
        _mds = mds;
    }

    /// <summary>State width t = number of inputs + 1.</summary>
    public int Width { get; }

    /// <summary>Full rounds in total; half come before the partial rounds, half after.</summary>
    public int RoundsFull { get; }

    public int RoundsPartial { get; }

    public int Rounds => RoundsFull + RoundsPartial;

    /// <summary>All round constants, round-major: constant for cell i of round r at r * Width + i.</summary>
    public ReadOnlySpan<Fr> RoundConstants => _roundConstants;

    /// <summary>The MDS matrix row-major: entry (i, j) at i * Width + j; the mix is new[i] = sum_j M[i][j] * old[j].</summary>
    public ReadOnlySpan<Fr> Mds => _mds;

    public Fr RoundConstant(int round, int cell)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(round);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(round, Rounds);
        ArgumentOutOfRangeException.ThrowIfNegative(cell);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(cell, Width);
        return _roundConstants[round * Width + cell];
    }

    public Fr MdsEntry(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Width);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Width);
        return _mds[row * Width + column];
    }

    /// <summary>circomlib's partial round count for width t.</summary>
    public static int PartialRoundsForWidth(int width)
    {
        CheckWidth(width);
        return PartialRoundsByWidth[width - MinWidth];
    }

    /// <summary>The parameters for width t (2..17); derived on first use and shared thereafter.</summary>
    public static PoseidonParameters ForWidth(int width)
    {
        CheckWidth(width);
        return Cache[width - MinWidth].Value;
    }

    private static void CheckWidth(int width)
    {
        if (width < MinWidth || width > MaxWidth)
            throw new ArgumentOutOfRangeException(nameof(width), $"Poseidon width must be {MinWidth}..{MaxWidth}, got {width}");
    }

    private static Lazy<PoseidonParameters>[] CreateCache()
    {
        var cache = new Lazy<PoseidonParameters>[MaxWidth - MinWidth + 1];
        for (int i = 0; i < cache.Length; i++)
        {
            int width = i + MinWidth;
            cache[i] = new Lazy<PoseidonParameters>(() => Derive(width), LazyThreadSafetyMode.ExecutionAndPublication);
        }
        return cache;
    }

    private static PoseidonParameters Derive(int width)
    {
        int rp = PartialRoundsByWidth[width - MinWidth];
        var lfsr = GrainLfsr.ForPrimeFieldPower(FieldBits, width, FullRounds, rp);

        // Round constants use rejection sampling, so each is uniform below r.
        var constants = new Fr[(FullRounds + rp) * width];
        for (int i = 0; i < constants.Length; i++)
        {
            Fr c;
            while (!Fr.TryFromCanonical(lfsr.NextBits(FieldBits), out c)) { }
            constants[i] = c;
        }

        var mds = DeriveCauchyMds(lfsr, width);
        return new PoseidonParameters(width, FullRounds, rp, constants, mds);
    }

    // The reference script reduces the MDS draws mod r instead of rejecting them (2^254 > r, so
    // this changes values about a quarter of the time) and redraws all 2t values when any repeat
    // or some x_i + y_j vanishes, since the Cauchy matrix would then be singular or undefined.
    private static Fr[] DeriveCauchyMds(GrainLfsr lfsr, int width)
    {
        var xy = new Fr[2 * width];
        var mds = new Fr[width * width];
        while (true)
        {
            for (int i = 0; i < xy.Length; i++)
                xy[i] = Fr.FromBigInteger(lfsr.NextBits(FieldBits).ToBigInteger());
            if (HasDuplicate(xy)) continue;

            bool singular = false;
            for (int i = 0; i < width && !singular; i++)
                for (int j = 0; j < width; j++)
                {
                    var sum = xy[i] + xy[width + j];
                    if (sum.IsZero) { singular = true; break; }
                    mds[i * width + j] = sum;
                }
            if (singular) continue;

            Fr.BatchInverse(mds);
            return mds;
        }
    }

    private static bool HasDuplicate(ReadOnlySpan<Fr> values)
    {
        for (int i = 0; i < values.Length; i++)
            for (int j = i + 1; j < values.Length; j++)
                if (values[i] == values[j]) return true;
        return false;
    }
}
