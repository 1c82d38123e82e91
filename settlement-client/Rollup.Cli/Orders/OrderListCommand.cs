using System.CommandLine;
using System.Text.Json;
using Rollup.Cli.Trader;

namespace Rollup.Cli.Orders;

/// <summary>`rollup order list`: the trader's open orders as the sequencer holds them.</summary>
internal static class OrderListCommand
{
    public static Command Create(CliContext context)
    {
        var options = new SequencerOptions(signs: false);
        var command = new Command("list", "List the trader's open orders.");
        options.AddTo(command);
        command.SetAction((parse, cancellation) => Task.FromResult(context.RunAsync(async () =>
        {
            using var session = await SequencerSession.OpenAsync(context, options, parse, cancellation);
            var account = await session.AccountAsync(await session.AccountIdAsync(cancellation), cancellation);
            var orders = account.GetProperty("openOrders");
            if (parse.GetValue(options.Json))
            {
                context.Out.WriteLine(orders.GetRawText());
                return ExitCodes.Ok;
            }
            if (orders.GetArrayLength() == 0) context.Out.WriteLine("no open orders");
            foreach (var o in orders.EnumerateArray())
                context.Out.WriteLine($"order {o.GetProperty("orderId").GetUInt32(),10}  series {o.GetProperty("series").GetUInt16(),4}  {o.GetProperty("side").GetString(),-4} " +
                    $"{ContractQuantity.Format(o.GetProperty("size").GetInt64())} at {UsdAmount.Format(o.GetProperty("limitPrice").GetUInt64())} USD, " +
                    $"filled {ContractQuantity.Format(o.GetProperty("filled").GetInt64())}, expires {DateTimeOffset.FromUnixTimeSeconds(o.GetProperty("expiry").GetInt64()):u}");
            return ExitCodes.Ok;
        })));
        return command;
    }
}
