namespace Rollup.Sequencer.L1;

/// <summary>
/// The batches on L1 and the batches this sequencer sealed do not form one chain (another
/// sequencer committed, or the data directory belongs to another deployment). Fatal: posting
/// more would only be refused, and the operator must look.
/// </summary>
public sealed class BatchChainMismatchException(string message) : Exception(message);
