using System.CommandLine;
using Rollup.Cli.L1;
using Rollup.SettlementClient.Contracts.Events;
using Rollup.SettlementClient.Keys;

namespace Rollup.Cli.Trader;

/// <summary>
/// `register-key`: queues an L1 RegisterKey from the sender's address for the L2 key derived from
/// the sender's Ethereum key (docs/PROTOCOL.md §3.2), the key `rollup keys show` prints.
/// </summary>
internal static class RegisterKeyCommand
{
    public static Command Create(CliContext context)
    {
        var options = new L1Options(sends: true);
        var command = new Command("register-key", "Queue the L2 key derived from the sender's Ethereum key as the key of the sender's L2 account.");
        options.AddTo(command);
        command.SetAction(parse => context.RunAsync(() => RunAsync(context, options, parse)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, L1Options options, ParseResult parse)
    {
        using var l1 = await L1Connection.OpenAsync(context, options, parse, send: true, CancellationToken.None);
        var rollup = l1.Rollup;
        await TraderChecks.EnsureNotExodusAsync(rollup);
        var l2 = L2KeyFromEthereum.Derive(l1.Key!).GetPublicKey();
        var packed = l2.Pack();
        var receipt = await context.Steps.StepAsync("queueing registerKey", () => rollup.RegisterKeyAsync(packed));
        var request = QueuedRequest.From(receipt, rollup.Address, PriorityRequestKind.L1RegisterKey);
        new CommandResult()
            .Add("queueIndex", "queue index", request.Index)
            .Add("address", "address", AddressOption.Format(l1.Sender!.From))
            .Add("l2PublicKey", "l2 public key", new CommandResult()
                .Add("x", "x", l2.Point.X.ToString())
                .Add("y", "y", l2.Point.Y.ToString())
                .Add("packed", "packed", "0x" + Convert.ToHexStringLower(packed)))
            .Add("deadline", "deadline (unix time)", request.Deadline)
            .AddTransaction(receipt)
            .Write(context, parse.GetValue(options.Json));
        return ExitCodes.Ok;
    }
}
