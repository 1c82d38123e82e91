using System.CommandLine;
using Rollup.Cli.L1;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Rpc;

namespace Rollup.Cli.Trader;

/// <summary>
/// `status [--address ADDRESS]`: the rollup as L1 sees it, read at one block so the numbers fit
/// together: batches, priority queue, exodus, and an address's pending withdrawal and token balance.
/// </summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var options = new L1Options(sends: false);
        var address = new Option<string?>("--address") { Description = "also show this L1 address's pending withdrawal and collateral token balance" };
        var command = new Command("status", "Show the rollup's L1 state: batches, priority queue, exodus; with --address, its balances.") { address };
        options.AddTo(command);
        command.SetAction(parse => context.RunAsync(() => RunAsync(context, options, parse, AddressOption.ParseOptional(parse.GetValue(address), "--address"))));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, L1Options options, ParseResult parse, L1Address? owner)
    {
        using var l1 = await L1Connection.OpenAsync(context, options, parse, send: false, CancellationToken.None);
        var rollup = l1.Rollup;
        ulong blockNumber = await l1.Eth.BlockNumberAsync();
        var block = BlockTag.Number(blockNumber);
        var exodus = await rollup.ExodusStateAsync(block);
        var collateral = await rollup.CollateralAsync(block);
        var result = new CommandResult()
            .Add("chainId", "chain id", l1.ChainId)
            .Add("blockNumber", "at block", blockNumber)
            .Add("rollup", "rollup", AddressOption.Format(rollup.Address))
            .Add("collateral", "collateral token", AddressOption.Format(collateral))
            .Add("paused", "paused", await rollup.PausedAsync(block))
            .Add("lastCommittedBatch", "last committed batch", await rollup.LastCommittedBatchAsync(block))
            .Add("lastProvenBatch", "last proven batch", await rollup.LastProvenBatchAsync(block))
            .Add("priorityCount", "priority requests queued", await rollup.PriorityCountAsync(block))
            .Add("priorityCommitted", "priority requests committed", await rollup.PriorityCommittedAsync(block))
            .Add("exodus", "exodus", new CommandResult()
                .Add("active", "active", exodus.Active)
                .Add("priorityFirst", "first unconsumed request", exodus.Active ? exodus.PriorityFirst : null)
                .AddUsd("reclaimableDeposits", "reclaimable deposits", exodus.ReclaimableDeposits));
        if (owner is { } a)
        {
            var token = await rollup.CollateralTokenAsync();
            result.Add("balances", "balances", new CommandResult()
                .Add("address", "address", AddressOption.Format(a))
                .AddUsd("pendingWithdrawal", "pending withdrawal", await rollup.PendingWithdrawalAsync(a, block))
                .AddUsd("tokenBalance", "token balance", await token.BalanceOfAsync(a, block)));
        }
        result.Write(context, parse.GetValue(options.Json));
        return ExitCodes.Ok;
    }
}
