using System.CommandLine;
using Rollup.Cli.Trader;
using Rollup.Core.Operations;

namespace Rollup.Cli.Orders;

/// <summary>
/// `rollup withdraw`: signs an L2 withdrawal of free collateral to the account's own L1 address.
/// Once its batch is proven and executed on L1, `rollup claim` pays it out.
/// </summary>
internal static class WithdrawCommand
{
    public static Command Create(CliContext context)
    {
        var options = new SequencerOptions(signs: true);
        var amount = new Option<string>("--amount") { Description = "USD to withdraw (at most 6 decimals)", Required = true };
        var command = new Command("withdraw", "Withdraw free collateral from the L2 account to its L1 address (through the sequencer).") { amount };
        options.AddTo(command);
        command.SetAction((parse, cancellation) => Task.FromResult(context.RunAsync(async () =>
        {
            ulong micro = UsdAmount.Parse(parse.GetValue(amount)!, "--amount");
            using var session = await SequencerSession.OpenAsync(context, options, parse, cancellation);
            uint account = await session.AccountIdAsync(cancellation);
            uint nonce = (await session.AccountAsync(account, cancellation)).GetProperty("nonce").GetUInt32();
            var signature = session.L2Key!.Value.Sign(WithdrawOperation.Message(session.Domain, account, nonce, micro));
            var receipt = await session.CallAsync("rollup_withdraw", SequencerRequests.Withdraw(account, micro, nonce, signature), cancellation);
            ReceiptOutput.Write(context, $"withdrawal of {UsdAmount.Format(micro)} USD", receipt, parse.GetValue(options.Json));
            return ExitCodes.Ok;
        })));
        return command;
    }
}
