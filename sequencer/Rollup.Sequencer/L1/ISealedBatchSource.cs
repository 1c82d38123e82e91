using Rollup.Core.Batches;

namespace Rollup.Sequencer.L1;

/// <summary>The batches the engine sealed, in number order; the poster reads them (declared here, where they are consumed).</summary>
public interface ISealedBatchSource
{
    /// <summary>The sealed batches numbered above <paramref name="batchNumber"/>, in order, without gaps.</summary>
    IReadOnlyList<Batch> SealedAfter(ulong batchNumber);
}
