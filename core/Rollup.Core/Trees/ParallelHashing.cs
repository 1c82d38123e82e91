namespace Rollup.Core.Trees;

/// <summary>
/// Splits independent hashing work (the nodes of one tree level, the leaves of distinct
/// accounts) over the cores in contiguous ranges. Below <see cref="MinParallelNodes"/> items the
/// hand-off costs more than it saves: one Poseidon hash is about 15-25 µs, a task hand-off a few.
/// </summary>
internal static class ParallelHashing
{
    public const int MinParallelNodes = 32;

    public static bool IsEnabled => Environment.ProcessorCount > 1;

    public static void For(int count, Action<int> body)
    {
        int workers = Math.Min(Environment.ProcessorCount, Math.Max(1, count / (MinParallelNodes / 2)));
        if (workers <= 1)
        {
            for (int k = 0; k < count; k++) body(k);
            return;
        }
        // A few chunks per core even out items of unequal cost (accounts with more fills).
        int chunks = Math.Min(count, workers * 4);
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = workers }, c =>
        {
            int start = (int)((long)count * c / chunks);
            int end = (int)((long)count * (c + 1) / chunks);
            for (int k = start; k < end; k++) body(k);
        });
    }

    /// <summary>
    /// Calls body(from, to) on contiguous ranges covering [0, count), each a multiple of eight long
    /// except the last, so that lane-parallel hashing fills its groups; on every core when worth it.
    /// </summary>
    public static void ForRanges(int count, Action<int, int> body)
    {
        int workers = IsEnabled ? Math.Min(Environment.ProcessorCount, Math.Max(1, count / MinParallelNodes)) : 1;
        if (workers <= 1)
        {
            body(0, count);
            return;
        }
        int groups = (count + 7) / 8;
        int chunks = Math.Min(groups, workers * 4);
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = workers }, c =>
        {
            int start = (int)((long)groups * c / chunks) * 8;
            int end = Math.Min(count, (int)((long)groups * (c + 1) / chunks) * 8);
            if (start < end) body(start, end);
        });
    }
}
