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

internal static class SendRefusals
{
    private static readonly string[] Underpriced =
        ["underpriced", "less than block base fee", "fee cap less than", "fee too low", "gas price too low", "max fee per gas less than"];
    private static readonly string[] NonceTooLow = ["nonce too low", "nonce has already been used", "oldnonce", "old nonce"];
    private static readonly string[] AlreadyKnown = ["already known", "known transaction", "already imported", "already in the pool", "alreadyknown"];
    private static readonly string[] InsufficientFunds = ["insufficient funds", "insufficient balance"];

    public static SendRefusal Of(RpcException e)
    {
        var message = e.Message;
        if (Matches(InsufficientFunds, message)) return SendRefusal.InsufficientFunds;
        if (Matches(AlreadyKnown, message)) return SendRefusal.AlreadyKnown;
        if (Matches(NonceTooLow, message)) return SendRefusal.NonceTooLow;
        if (Matches(Underpriced, message)) return SendRefusal.Underpriced;
        return SendRefusal.Other;
    }

    private static bool Matches(string[] patterns, string message)
    {
        foreach (var pattern in patterns)
            if (message.Contains(pattern, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
