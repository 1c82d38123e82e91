using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts;

/// <summary>
/// Sends contract calls as transactions from one key. Declared here, where the bindings consume it;
/// the transaction manager implements it (nonces, fees and bumps, confirmations, restart safety).
/// </summary>
public interface ITransactionSender
{
    /// <summary>The address every transaction is sent from.</summary>
    L1Address From { get; }

    /// <summary>
    /// Sends the intent and returns its receipt once it has the sender's confirmation depth.
    /// A reverted transaction is returned with <c>Succeeded = false</c>; the caller decides what that means.
    /// </summary>
    Task<TransactionReceipt> SendAsync(TransactionIntent intent, CancellationToken cancellation = default);
}
