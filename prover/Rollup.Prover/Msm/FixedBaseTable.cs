using Rollup.Core.Fields;
using Rollup.Prover.Curves;

namespace Rollup.Prover.Msm;

/// <summary>
/// [k_i]·G for many scalars and one fixed base G, as a trusted setup needs for every key point.
/// The table holds d·2^(c·w)·G for every c-bit digit d and window w, in affine form, so one
/// product costs only ⌈254/c⌉ mixed additions and no doublings. Chunks of scalars run in
/// parallel and each chunk is normalised to affine with a single inversion.
/// </summary>
public sealed class FixedBaseTable<TP, TA>
    where TP : struct, IJacobianPoint<TP, TA>
    where TA : struct
{
    // Bounds the table (W·(2^c − 1) points; about 90k at c = 12) so it stays cache-friendly and small.
    private const int MaxWindowBits = 12;
    private const int ChunkSize = 1024;

    private readonly TA[] _table;
    private readonly int _digitCount;

    /// <summary>Builds the table for <paramref name="generator"/>, sized for about <paramref name="expectedProducts"/> products.</summary>
    public FixedBaseTable(in TP generator, long expectedProducts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedProducts);
        WindowBits = ChooseWindowBits(expectedProducts);
        WindowCount = (ScalarWindows.ScalarBits + WindowBits - 1) / WindowBits;
        _digitCount = (1 << WindowBits) - 1;
        _table = new TA[WindowCount * _digitCount];
        var g = generator;
        var table = _table;
        Parallel.For(0, WindowCount, w => FillWindow(g, w, table.AsSpan(w * _digitCount, _digitCount)));
    }

    public int WindowBits { get; }

    public int WindowCount { get; }

    /// <summary>[k]·G for every scalar, in affine form; a zero scalar gives the point at infinity.</summary>
    public TA[] MultiplyAll(ReadOnlySpan<Fr> scalars)
    {
        var k = new UInt256[scalars.Length];
        for (int i = 0; i < k.Length; i++) k[i] = scalars[i].ToUInt256();
        var result = new TA[k.Length];
        int chunks = (k.Length + ChunkSize - 1) / ChunkSize;
        Parallel.For(0, chunks, () => new TP[ChunkSize], (chunk, _, buffer) =>
        {
            int start = chunk * ChunkSize;
            int count = Math.Min(ChunkSize, k.Length - start);
            for (int i = 0; i < count; i++) buffer[i] = Multiply(k[start + i]);
            TP.BatchToAffine(buffer.AsSpan(0, count), result.AsSpan(start, count));
            return buffer;
        }, _ => { });
        // Setup scalars are secrets (functions of τ, α, β): do not leave copies behind.
        Array.Clear(k);
        return result;
    }

    /// <summary>[k]·G for one scalar.</summary>
    public TA Multiply(in Fr scalar)
    {
        var affine = new TA[1];
        TP.BatchToAffine([Multiply(scalar.ToUInt256())], affine);
        return affine[0];
    }

    private TP Multiply(in UInt256 k)
    {
        var acc = TP.Infinity;
        for (int w = 0; w < WindowCount; w++)
        {
            int d = Digit(k, w, WindowBits);
            if (d != 0) acc = TP.AddMixed(acc, _table[w * _digitCount + d - 1]);
        }
        return acc;
    }

    /// <summary>Bits [window·c, window·c + c) of the scalar (unsigned: the table holds every non-zero digit), which may straddle two limbs.</summary>
    private static int Digit(in UInt256 k, int window, int c)
    {
        int offset = window * c;
        int limb = offset >> 6;
        if (limb >= 4) return 0;
        int shift = offset & 63;
        ulong v = k.Limb(limb) >> shift;
        if (shift + c > 64 && limb + 1 < 4) v |= k.Limb(limb + 1) << (64 - shift);
        return (int)(v & ((1UL << c) - 1));
    }

    private void FillWindow(TP generator, int window, Span<TA> destination)
    {
        var windowBase = generator;
        for (int i = 0; i < window * WindowBits; i++) windowBase = TP.Double(windowBase);
        var multiples = new TP[_digitCount];
        multiples[0] = windowBase;
        for (int d = 1; d < multiples.Length; d++) multiples[d] = TP.Add(multiples[d - 1], windowBase);
        TP.BatchToAffine(multiples, destination);
    }

    /// <summary>
    /// The c minimising table construction (W·2^c additions) plus the products themselves
    /// (N·W mixed additions), W = ⌈254/c⌉.
    /// </summary>
    internal static int ChooseWindowBits(long products)
    {
        int best = 2;
        double bestCost = double.MaxValue;
        for (int c = 2; c <= MaxWindowBits; c++)
        {
            double windows = ScalarWindows.WindowCount(c);
            double cost = windows * ((1L << c) + products);
            if (cost < bestCost)
            {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }
}
