using System.Numerics;
using Rollup.Core.Curves;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts.Rollup;

/// <summary>L1 priority requests (docs/PROTOCOL.md §7.1-7.3) and the queue's views.</summary>
public sealed partial class OptionsRollupContract
{
    /// <summary>
    /// Deposits <paramref name="amount"/> micro-USD for the L2 account of <paramref name="to"/>,
    /// first approving the rollup for the amount when the sender's allowance is short. The queue
    /// index is in the PriorityRequest event (or <see cref="PriorityCountAsync"/> before sending).
    /// </summary>
    public async Task<TransactionReceipt> DepositAsync(L1Address to, ulong amount, CancellationToken cancellation = default)
    {
        var token = await CollateralTokenAsync(cancellation);
        if (await token.AllowanceAsync(Sender.From, Address, null, cancellation) < amount)
            await token.ApproveAsync(Address, amount, cancellation);
        return await SendAsync("deposit", [to, amount], $"deposit {amount} to {to}", cancellation: cancellation);
    }

    /// <summary>Queues an L1 RegisterKey for the sender's account: the circomlib-packed Baby Jubjub key (32 bytes).</summary>
    public Task<TransactionReceipt> RegisterKeyAsync(byte[] packedKey, CancellationToken cancellation = default)
    {
        if (packedKey is not { Length: JubjubPoint.PackedLength }) throw new ArgumentException("a packed key is 32 bytes", nameof(packedKey));
        return SendAsync("registerKey", [packedKey], "registerKey", cancellation: cancellation);
    }

    public Task<TransactionReceipt> RegisterKeyAsync(in Fr keyX, in Fr keyY, CancellationToken cancellation = default) =>
        RegisterKeyAsync(new JubjubPoint(keyX, keyY).Pack(), cancellation);

    /// <summary>Asks the rollup to withdraw all free collateral of <paramref name="accountId"/> to the sender.</summary>
    public Task<TransactionReceipt> ForcedWithdrawalAsync(uint accountId, CancellationToken cancellation = default) =>
        SendAsync("forcedWithdrawal", [accountId], $"forcedWithdrawal {accountId}", cancellation: cancellation);

    /// <summary>Requests queued so far (the next request's index).</summary>
    public Task<ulong> PriorityCountAsync(BlockTag? block = null, CancellationToken cancellation = default) =>
        CallUInt64Async("priorityCount", [], block, cancellation);

    /// <summary>Requests consumed by committed batches: the next batch's priorityFirst.</summary>
    public Task<ulong> PriorityCommittedAsync(BlockTag? block = null, CancellationToken cancellation = default) =>
        CallUInt64Async("priorityCommitted", [], block, cancellation);

    public async Task<PriorityEntry> PriorityEntryAsync(ulong index, BlockTag? block = null, CancellationToken cancellation = default)
    {
        var values = await CallAsync("priorityEntry", [index], block, cancellation);
        return new PriorityEntry(index, (byte[])values[0]!, (ulong)(BigInteger)values[1]!);
    }

    /// <summary>The rolling hash after the first <paramref name="count"/> requests (32 zero bytes for none).</summary>
    public Task<byte[]> RollingHashAtAsync(ulong count, BlockTag? block = null, CancellationToken cancellation = default) =>
        CallOneAsync<byte[]>("rollingHashAt", [count], block, cancellation);

    /// <summary>The deposit amounts of the first <paramref name="count"/> requests, summed.</summary>
    public Task<BigInteger> DepositTotalAtAsync(ulong count, BlockTag? block = null, CancellationToken cancellation = default) =>
        CallOneAsync<BigInteger>("depositTotalAt", [count], block, cancellation);
}
