using System.CommandLine;
using Rollup.Cli.L1;
using Rollup.SettlementClient.Contracts.Events;

namespace Rollup.Cli.Trader;

/// <summary>
/// `force-withdraw --account ID`: queues a forced withdrawal of the account's free collateral to
/// the sender, which the sequencer must process before the request's deadline or face exodus.
/// </summary>
internal static class ForceWithdrawCommand
{
    public static Command Create(CliContext context)
    {
        var options = new L1Options(sends: true);
        var account = new Option<uint>("--account") { Description = "L2 account id (owned by the sender)", Required = true };
        var command = new Command("force-withdraw", "Queue a forced withdrawal of an L2 account's free collateral to the sender.") { account };
        options.AddTo(command);
        command.SetAction(parse => context.RunAsync(() => RunAsync(context, options, parse, parse.GetValue(account))));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, L1Options options, ParseResult parse, uint accountId)
    {
        using var l1 = await L1Connection.OpenAsync(context, options, parse, send: true, CancellationToken.None);
        var rollup = l1.Rollup;
        await TraderChecks.EnsureNotExodusAsync(rollup);
        int depth = await rollup.AccountsDepthAsync();
        // The contract queues any id; one outside the tree can only be ignored by the batch.
        if (depth < 32 && accountId >= 1UL << depth)
            throw new CliException(ExitCodes.Refused, $"account {accountId} cannot exist: the accounts tree of this rollup has depth {depth} (ids below {1UL << depth})");
        var receipt = await context.Steps.StepAsync($"queueing forcedWithdrawal of account {accountId}", () => rollup.ForcedWithdrawalAsync(accountId));
        var request = QueuedRequest.From(receipt, rollup.Address, PriorityRequestKind.ForcedWithdrawal);
        new CommandResult()
            .Add("queueIndex", "queue index", request.Index)
            .Add("accountId", "account", accountId)
            .Add("from", "from", AddressOption.Format(l1.Sender!.From))
            .Add("deadline", "deadline (unix time)", request.Deadline)
            .AddTransaction(receipt)
            .Write(context, parse.GetValue(options.Json));
        return ExitCodes.Ok;
    }
}
