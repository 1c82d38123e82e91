using Rollup.Core.Batches;

namespace Rollup.Sequencer.Engine;

/// <summary>A logged command waiting for durability: its caller's completion, result and the batches it sealed.</summary>
internal readonly record struct Acknowledgement(long Sequence, PendingCommand? Pending, CommandResult Result, IReadOnlyList<Batch> Sealed);
