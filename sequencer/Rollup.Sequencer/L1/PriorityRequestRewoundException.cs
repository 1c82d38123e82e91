namespace Rollup.Sequencer.L1;

/// <summary>
/// L1 reorganised away a priority request the engine has already applied. Fatal: the engine's
/// state and log cannot un-apply an operation, and a batch built on it would not match L1's
/// queue. With a confirmation depth above the deepest reorg this cannot happen.
/// </summary>
public sealed class PriorityRequestRewoundException(string message) : Exception(message);
