using System.CommandLine;
using System.Text.Json.Nodes;
using Rollup.Core.Operations;

namespace Rollup.Cli.Orders;

/// <summary>`rollup order cancel`: signs a Cancel for one order id; the order can never fill afterwards.</summary>
internal static class OrderCancelCommand
{
    public static Command Create(CliContext context)
    {
        var options = new SequencerOptions(signs: true);
        var orderId = new Option<uint>("--order-id") { Description = "the order to cancel", Required = true };
        var command = new Command("cancel", "Cancel an order.") { orderId };
        options.AddTo(command);
        command.SetAction((parse, cancellation) => Task.FromResult(context.RunAsync(async () =>
        {
            using var session = await SequencerSession.OpenAsync(context, options, parse, cancellation);
            uint account = await session.AccountIdAsync(cancellation);
            uint id = parse.GetValue(orderId);
            var signature = session.L2Key!.Value.Sign(CancelOperation.Message(session.Domain, account, id));
            var receipt = await session.CallAsync("rollup_cancelOrder", new JsonObject
            {
                ["accountId"] = account,
                ["orderId"] = id,
                ["signature"] = SequencerRequests.Signature(signature),
            }, cancellation);
            ReceiptOutput.Write(context, $"cancel of order {id}", receipt, parse.GetValue(options.Json));
            return ExitCodes.Ok;
        })));
        return command;
    }
}
