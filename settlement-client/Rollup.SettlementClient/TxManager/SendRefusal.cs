using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.TxManager;

/// <summary>
/// Why a node's transaction pool refused eth_sendRawTransaction. <see cref="RpcErrorClassifier"/>
/// already says whether repeating the call helps (these are all fatal there); this only tells the
/// manager which of its own moves applies, from the messages geth, reth, Nethermind, Erigon and
/// anvil use.
/// </summary>
internal enum SendRefusal
{
    Other,
    /// <summary>Fees too low for a replacement, the pool's minimum or the block's base fee: bump.</summary>
    Underpriced,
    /// <summary>The nonce was used by a mined transaction, possibly one of ours: look for receipts.</summary>
    NonceTooLow,
    /// <summary>The pool already holds exactly this transaction: it was sent before.</summary>
    AlreadyKnown,
    InsufficientFunds,
}
