using Rollup.Core.State;
using Rollup.Sequencer.Book;

namespace Rollup.Sequencer.Engine;

/// <summary>
/// What a read sees, inside the writer between two commands: the state (including effects of
/// commands whose log entries may not be durable yet) and the books. Do not keep references
/// past the read delegate.
/// </summary>
public sealed class EngineView
{
    internal EngineView(SequencerEngine engine) => Engine = engine;

    private SequencerEngine Engine { get; }

    public RollupState State => Engine.StateForView;

    public OrderBooks Books => Engine.BooksForView;

    /// <summary>Sequence number of the last logged command.</summary>
    public long LastSequence => Engine.LastAppliedSequence;

    /// <summary>The number the next sealed batch will have.</summary>
    public ulong NextBatchNumber => Engine.NextBatchNumber;

    /// <summary>Operations in the open batch (0 when none is open).</summary>
    public int OpenBatchCount => Engine.OpenBatchCount;

    /// <summary>Every batch sealed since genesis, in number order (replay rebuilds them).</summary>
    public IReadOnlyList<BatchSpan> SealedBatches => Engine.SpansForView;

    /// <summary>Sequence of the first command in the open batch, 0 when none is open.</summary>
    public long OpenBatchFirstSequence => Engine.OpenFirstSequenceForView;

    /// <summary>Sequence of the last command in the open batch, 0 when none is open.</summary>
    public long OpenBatchLastSequence => Engine.OpenLastSequenceForView;

    /// <summary>Time (unix seconds) of the open batch, 0 when none is open: the host seals by its age.</summary>
    public ulong OpenBatchTimestamp => Engine.OpenBatchTimestamp;
}
