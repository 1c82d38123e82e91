using System.CommandLine;
using Rollup.Cli.Trader;
using Rollup.Core.Operations;
using Rollup.Core.State;

namespace Rollup.Cli.Orders;

/// <summary>`rollup order place`: signs a limit order with the trader's L2 key and sends it to the sequencer.</summary>
internal static class OrderPlaceCommand
{
    public static Command Create(CliContext context)
    {
        var options = new SequencerOptions(signs: true);
        var series = new Option<ushort>("--series") { Description = "series index", Required = true };
        var side = new Option<string>("--side") { Description = "buy or sell", Required = true };
        var price = new Option<string>("--price") { Description = "limit premium per contract in USD (at most 6 decimals)", Required = true };
        var size = new Option<string>("--size") { Description = "contracts (at most 3 decimals)", Required = true };
        var orderId = new Option<uint?>("--order-id") { Description = "order id (default: the current time in tenths of a second, mod 2^32)" };
        var ttl = new Option<ulong>("--ttl") { Description = "seconds until the order expires (default 86400)", DefaultValueFactory = _ => 86_400 };
        var maxFee = new Option<ushort>("--max-fee-bps") { Description = "highest fee accepted, in basis points (default 10)", DefaultValueFactory = _ => 10 };
        var postOnly = new Option<bool>("--post-only") { Description = "refuse the order if it would take liquidity" };
        var reduceOnly = new Option<bool>("--reduce-only") { Description = "only ever reduce the position" };
        var ioc = new Option<bool>("--ioc") { Description = "immediate or cancel: the unfilled remainder does not rest" };
        var command = new Command("place", "Sign a limit order and send it to the sequencer.") { series, side, price, size, orderId, ttl, maxFee, postOnly, reduceOnly, ioc };
        options.AddTo(command);
        command.SetAction((parse, cancellation) => Task.FromResult(context.RunAsync(async () =>
        {
            var s = parse.GetValue(side) switch
            {
                "buy" => Side.Buy,
                "sell" => Side.Sell,
                var other => throw new CliException(ExitCodes.Usage, $"--side {other} is not buy or sell"),
            };
            ulong limit = UsdAmount.Parse(parse.GetValue(price)!, "--price");
            if (limit > Limits.MaxPrice) throw new CliException(ExitCodes.Usage, $"--price exceeds the largest price, {UsdAmount.Format(Limits.MaxPrice)} USD");
            uint quantity = ContractQuantity.Parse(parse.GetValue(size)!, "--size");
            ushort fee = parse.GetValue(maxFee);
            if (fee > Limits.MaxFeeBps) throw new CliException(ExitCodes.Usage, $"--max-fee-bps {fee} exceeds {Limits.MaxFeeBps}");
            uint id = parse.GetValue(orderId) ?? (uint)(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 100 % ((long)uint.MaxValue + 1));
            ulong expiry = (ulong)DateTimeOffset.UtcNow.ToUnixTimeSeconds() + parse.GetValue(ttl);

            using var session = await SequencerSession.OpenAsync(context, options, parse, cancellation);
            uint account = await session.AccountIdAsync(cancellation);
            var order = new Order(account, id, parse.GetValue(series), s, limit, quantity, expiry, fee, parse.GetValue(reduceOnly), parse.GetValue(postOnly));
            var signature = session.L2Key!.Value.Sign(order.Message(session.Domain));
            var receipt = await session.CallAsync("rollup_sendOrder", SequencerRequests.SendOrder(order, signature, parse.GetValue(ioc)), cancellation);
            ReceiptOutput.Write(context, $"order {id} ({parse.GetValue(side)} {ContractQuantity.Format(quantity)} of series {order.SeriesIndex} at {UsdAmount.Format(limit)} USD)",
                receipt, parse.GetValue(options.Json));
            return ExitCodes.Ok;
        })));
        return command;
    }
}
