using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Contracts.Rollup.Exits;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts.Rollup;

/// <summary>Exodus mode (docs/PROTOCOL.md §13): activation, deposit reclaims and account exits.</summary>
public sealed partial class OptionsRollupContract
{
    /// <summary>Switches exodus on; reverts with NoOverdueRequest unless the oldest request no finalized batch consumed is past its deadline.</summary>
    public Task<TransactionReceipt> ActivateExodusAsync(CancellationToken cancellation = default) =>
        SendAsync("activateExodus", [], "activateExodus", cancellation: cancellation);

    /// <summary>Credits an unconsumed deposit back to the address its request named; <paramref name="to"/> and <paramref name="amount"/> are the request's fields.</summary>
    public Task<TransactionReceipt> ReclaimDepositAsync(ulong index, L1Address to, ulong amount, CancellationToken cancellation = default) =>
        SendAsync("reclaimDeposit", [index, to, amount], $"reclaimDeposit {index}", cancellation: cancellation);

    /// <summary>The exodus claim: credits the account's equity at the last finalized state to its L1 address.</summary>
    public Task<TransactionReceipt> ExitAsync(ExitRequest request, CancellationToken cancellation = default) =>
        SendAsync("exit", request.ToAbi(), $"exit account {request.AccountId}", cancellation: cancellation);

    public async Task<ExodusState> ExodusStateAsync(BlockTag? block = null, CancellationToken cancellation = default) =>
        new(await CallOneAsync<bool>("exodusMode", [], block, cancellation),
            await CallUInt64Async("exodusPriorityFirst", [], block, cancellation),
            await CallOneAsync<BigInteger>("reclaimableDeposits", [], block, cancellation));

    public Task<bool> DepositReclaimedAsync(ulong index, BlockTag? block = null, CancellationToken cancellation = default) =>
        CallOneAsync<bool>("depositReclaimed", [index], block, cancellation);

    public Task<bool> AccountExitedAsync(uint accountId, BlockTag? block = null, CancellationToken cancellation = default) =>
        CallOneAsync<bool>("accountExited", [accountId], block, cancellation);
}
