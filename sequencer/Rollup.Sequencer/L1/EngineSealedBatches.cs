using Rollup.Core.Batches;
using Rollup.Sequencer.Engine;

namespace Rollup.Sequencer.L1;

/// <summary>The engine's durable sealed batches as the poster reads them.</summary>
public sealed class EngineSealedBatches(SequencerEngine engine) : ISealedBatchSource
{
    public IReadOnlyList<Batch> SealedAfter(ulong batchNumber) => engine.SealedSince(batchNumber);
}
