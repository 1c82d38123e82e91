using System.CommandLine;
using Rollup.Cli.L1;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Contracts.Events;

namespace Rollup.Cli.Trader;

/// <summary>
/// `deposit --amount USD [--to ADDRESS]`: moves collateral into the rollup for the L2 account of
/// --to (default the sender), approving the rollup first when the allowance is short.
/// </summary>
internal static class DepositCommand
{
    public static Command Create(CliContext context)
    {
        var options = new L1Options(sends: true);
        var amount = new Option<string>("--amount") { Description = "USD, at most 6 decimals (e.g. 100.5)", Required = true };
        var to = new Option<string?>("--to") { Description = "L1 address owning the L2 account credited (default the sender)" };
        var command = new Command("deposit", "Deposit collateral into the rollup (approving it first when needed); prints the priority queue index.") { amount, to };
        options.AddTo(command);
        command.SetAction(parse => context.RunAsync(() => RunAsync(context, options, parse,
            UsdAmount.Parse(parse.GetValue(amount)!, "--amount"), AddressOption.ParseOptional(parse.GetValue(to), "--to"))));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, L1Options options, ParseResult parse, ulong amount, L1Address? to)
    {
        using var l1 = await L1Connection.OpenAsync(context, options, parse, send: true, CancellationToken.None);
        var rollup = l1.Rollup;
        var from = l1.Sender!.From;
        var beneficiary = to ?? from;
        await TraderChecks.EnsureAcceptingDepositsAsync(rollup);
        var token = await rollup.CollateralTokenAsync();
        var balance = await token.BalanceOfAsync(from);
        if (balance < amount)
        {
            var hint = l1.Deployment is { CollateralIsDevnetToken: true } ? "; on a devnet, `rollup devnet-mint` makes test tokens" : "";
            throw new CliException(ExitCodes.Refused,
                $"{AddressOption.Format(from)} holds {UsdAmount.Format(balance)} USD of the collateral token {AddressOption.Format(token.Address)}, less than {UsdAmount.Format(amount)}{hint}");
        }
        var receipt = await context.Steps.StepAsync($"depositing {UsdAmount.Format(amount)} USD", () => rollup.DepositAsync(beneficiary, amount));
        var request = QueuedRequest.From(receipt, rollup.Address, PriorityRequestKind.Deposit);
        new CommandResult()
            .Add("queueIndex", "queue index", request.Index)
            .AddUsd("amount", "amount", amount)
            .Add("from", "from", AddressOption.Format(from))
            .Add("to", "to", AddressOption.Format(beneficiary))
            .Add("deadline", "deadline (unix time)", request.Deadline)
            .AddTransaction(receipt)
            .Write(context, parse.GetValue(options.Json));
        return ExitCodes.Ok;
    }
}
