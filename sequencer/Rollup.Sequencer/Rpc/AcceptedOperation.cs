using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Rpc;

/// <summary>
/// What a receipt commits to, as the engine recorded it: the operation's hash is
/// <see cref="Receipts.OperationHash"/> of the operation it accepted at that sequence.
/// </summary>
public sealed record AcceptedOperation(long Sequence, Hash32 OperationHash, long AcceptedAtMs);
