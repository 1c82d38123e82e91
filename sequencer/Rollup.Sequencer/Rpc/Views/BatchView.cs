using Rollup.Core.Fields;

namespace Rollup.Sequencer.Rpc.Views;

/// <summary>
/// A batch: the sequence range it holds, its state root once sealed, its L1 status and the L1
/// transactions that moved it there. Also the payload of a batches subscription's notifications.
/// </summary>
public sealed record BatchView(
    ulong Number,
    BatchStatus Status,
    long FirstSequence,
    long LastSequence,
    int Operations,
    Fr? StateRoot,
    Hash32? CommitTxHash,
    Hash32? ProofTxHash);
