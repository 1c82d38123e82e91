using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Contracts.Reverts;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts;

/// <summary>
/// Sends an intent and turns every revert into a <see cref="ContractRevertException"/>: a
/// reverting gas estimate (the sender's <see cref="RpcException"/> with revert data) and a mined
/// transaction with status 0, whose reason is recovered by replaying the call at the parent block.
/// </summary>
internal static class CheckedTransactions
{
    public static async Task<TransactionReceipt> SendAsync(ITransactionSender sender, EthClient eth, TransactionIntent intent, string contract, string function,
        IReadOnlyList<ContractArtifact> errorSources, CancellationToken cancellation)
    {
        TransactionReceipt receipt;
        try
        {
            receipt = await sender.SendAsync(intent, cancellation);
        }
        catch (RpcException e) when (e.Revert is not null)
        {
            throw ContractRevertException.Create(contract, function, e.Revert, errorSources, inner: e);
        }
        if (receipt.Succeeded) return receipt;
        var replayed = await ReplayAsync(sender, eth, intent, receipt, cancellation);
        throw ContractRevertException.Create(contract, function, replayed, errorSources, receipt.TransactionHash);
    }

    /// <summary>eth_call of the same intent against the state before its block; null if that does not revert.</summary>
    private static async Task<RevertReason?> ReplayAsync(ITransactionSender sender, EthClient eth, TransactionIntent intent, TransactionReceipt receipt, CancellationToken cancellation)
    {
        if (receipt.BlockNumber == 0) return null;
        var call = new CallRequest { From = sender.From, To = intent.To, Data = intent.Data, Value = intent.Value.IsZero ? null : intent.Value, Gas = intent.GasLimit };
        try
        {
            await eth.CallAsync(call, BlockTag.Number(receipt.BlockNumber - 1), cancellation);
            return null;
        }
        catch (RpcException e) when (e.Revert is not null)
        {
            return e.Revert;
        }
    }
}
