using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts.Rollup;

/// <summary>Pull payments: pending balances credited by executed batches, exits and reclaims.</summary>
public sealed partial class OptionsRollupContract
{
    /// <summary>Pays <paramref name="amount"/> of the sender's pending balance to the sender.</summary>
    public Task<TransactionReceipt> ClaimAsync(BigInteger amount, CancellationToken cancellation = default) =>
        SendAsync("claim", [amount], $"claim {amount}", cancellation: cancellation);

    /// <summary>Collateral (micro-USD) <paramref name="owner"/> can claim.</summary>
    public Task<BigInteger> PendingWithdrawalAsync(L1Address owner, BlockTag? block = null, CancellationToken cancellation = default) =>
        CallOneAsync<BigInteger>("pendingWithdrawals", [owner], block, cancellation);

    public Task<BigInteger> TotalPendingWithdrawalsAsync(BlockTag? block = null, CancellationToken cancellation = default) =>
        CallOneAsync<BigInteger>("totalPendingWithdrawals", [], block, cancellation);
}
