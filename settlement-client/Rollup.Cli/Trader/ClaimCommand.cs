using System.CommandLine;
using System.Numerics;
using Rollup.Cli.L1;
using Rollup.SettlementClient.Rpc;

namespace Rollup.Cli.Trader;

/// <summary>
/// `claim [--amount USD]`: pays the sender's pending withdrawal balance (credited by executed
/// batches, exits and reclaims) out in the collateral token; all of it unless --amount says less.
/// </summary>
internal static class ClaimCommand
{
    public static Command Create(CliContext context)
    {
        var options = new L1Options(sends: true);
        var amount = new Option<string?>("--amount") { Description = "USD to claim, at most 6 decimals (default: all pending)" };
        var command = new Command("claim", "Claim the sender's pending withdrawal balance from the rollup.") { amount };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var text = parse.GetValue(amount);
            return context.RunAsync(() => RunAsync(context, options, parse, text is null ? null : UsdAmount.Parse(text, "--amount")));
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, L1Options options, ParseResult parse, ulong? requested)
    {
        using var l1 = await L1Connection.OpenAsync(context, options, parse, send: true, CancellationToken.None);
        var rollup = l1.Rollup;
        var from = l1.Sender!.From;
        var pending = await rollup.PendingWithdrawalAsync(from);
        if (pending.IsZero)
            throw new CliException(ExitCodes.Refused, $"nothing is pending for {AddressOption.Format(from)}: withdrawals become claimable once their batch is executed on L1");
        BigInteger amount = requested ?? pending;
        if (amount > pending)
            throw new CliException(ExitCodes.Refused, $"{AddressOption.Format(from)} has {UsdAmount.Format(pending)} USD pending, less than the {UsdAmount.Format(amount)} asked");
        var receipt = await context.Steps.StepAsync($"claiming {UsdAmount.Format(amount)} USD", () => rollup.ClaimAsync(amount));
        var token = await rollup.CollateralTokenAsync();
        var block = BlockTag.Number(receipt.BlockNumber);
        new CommandResult()
            .AddUsd("claimed", "claimed", amount)
            .AddUsd("pendingAfter", "still pending", await rollup.PendingWithdrawalAsync(from, block))
            .AddUsd("tokenBalance", "token balance", await token.BalanceOfAsync(from, block))
            .Add("address", "address", AddressOption.Format(from))
            .AddTransaction(receipt)
            .Write(context, parse.GetValue(options.Json));
        return ExitCodes.Ok;
    }
}
