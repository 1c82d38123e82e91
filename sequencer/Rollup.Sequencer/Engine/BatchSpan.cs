using Rollup.Core.Fields;

namespace Rollup.Sequencer.Engine;

/// <summary>
/// A sealed batch as the log sees it: the sequence numbers of the first and last commands whose
/// operations it holds, how many operations, its new state root and its time (unix seconds).
/// </summary>
public readonly record struct BatchSpan(ulong Number, long FirstSequence, long LastSequence, int Operations, Fr NewRoot, ulong Timestamp);
