using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.TxManager;

/// <summary>Reads a <see cref="SendRefusal"/> from the message of a refused eth_sendRawTransaction (or eth_estimateGas).</summary>
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
