namespace Rollup.Prover.Parallelism;

/// <summary>
/// Splits an index range into chunks and runs them on the thread pool, over a span that the
/// body receives whole. Spans cannot be captured by lambdas, so the span is pinned for the call
/// and rebuilt on each worker from its address; the pin outlives every worker because the
/// parallel loop returns only when all chunks are done.
/// </summary>
internal static unsafe class ParallelChunks
{
    public delegate void Body<T>(Span<T> whole, int from, int to);

    public delegate void ReadOnlyBody<T>(ReadOnlySpan<T> whole, int from, int to);

    /// <summary>Runs body over [0, count) in chunks of <paramref name="chunk"/>; inline when there is a single chunk.</summary>
    public static void For<T>(Span<T> span, int count, int chunk, Body<T> body) where T : unmanaged
    {
        fixed (T* pointer = span)
        {
            nint address = (nint)pointer;
            int length = span.Length;
            Run(count, chunk, (from, to) => body(new Span<T>((void*)address, length), from, to));
        }
    }

    /// <inheritdoc cref="For{T}(Span{T}, int, int, Body{T})"/>
    public static void For<T>(ReadOnlySpan<T> span, int count, int chunk, ReadOnlyBody<T> body) where T : unmanaged
    {
        fixed (T* pointer = span)
        {
            nint address = (nint)pointer;
            int length = span.Length;
            Run(count, chunk, (from, to) => body(new ReadOnlySpan<T>((void*)address, length), from, to));
        }
    }

    private static void Run(int count, int chunk, Action<int, int> range)
    {
        int chunks = (count + chunk - 1) / chunk;
        if (chunks <= 1)
        {
            range(0, count);
            return;
        }
        Parallel.For(0, chunks, i => range(i * chunk, Math.Min(count, (i + 1) * chunk)));
    }
}
