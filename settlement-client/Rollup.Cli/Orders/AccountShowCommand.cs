using System.CommandLine;
using System.Numerics;
using Rollup.Cli.Trader;

namespace Rollup.Cli.Orders;

/// <summary>`rollup account show`: the trader's L2 account as the sequencer holds it (collateral, positions, margin).</summary>
internal static class AccountShowCommand
{
    public static Command Create(CliContext context)
    {
        var options = new SequencerOptions(signs: false);
        var accountId = new Option<uint?>("--account") { Description = "account id (default: the account of the key's L1 address)" };
        var show = new Command("show", "Show an L2 account: collateral, positions, open orders, margin.") { accountId };
        options.AddTo(show);
        show.SetAction((parse, cancellation) => Task.FromResult(context.RunAsync(async () =>
        {
            using var session = await SequencerSession.OpenAsync(context, options, parse, cancellation);
            uint id = parse.GetValue(accountId) ?? await session.AccountIdAsync(cancellation);
            var account = await session.AccountAsync(id, cancellation);
            if (parse.GetValue(options.Json))
            {
                context.Out.WriteLine(account.GetRawText());
                return ExitCodes.Ok;
            }
            var margin = account.GetProperty("margin");
            context.Out.WriteLine($"account     {id} ({account.GetProperty("l1Address").GetString()})");
            context.Out.WriteLine($"collateral  {UsdAmount.Format(BigInteger.Parse(account.GetProperty("collateral").GetString()!))} USD");
            context.Out.WriteLine($"free        {UsdAmount.Format(BigInteger.Parse(margin.GetProperty("freeCollateral").GetString()!))} USD");
            context.Out.WriteLine($"margin      {(margin.GetProperty("meetsMaintenance").GetBoolean() ? "above maintenance" : "BELOW MAINTENANCE (liquidatable)")}");
            foreach (var p in account.GetProperty("positions").EnumerateArray())
                context.Out.WriteLine($"position    series {p.GetProperty("series").GetUInt16()}: {ContractQuantity.Format(p.GetProperty("quantity").GetInt64())} " +
                    $"{p.GetProperty("kind").GetString()} strike {UsdAmount.Format(p.GetProperty("strike").GetUInt64())}, expiry {DateTimeOffset.FromUnixTimeSeconds(p.GetProperty("expiry").GetInt64()):u}");
            context.Out.WriteLine($"open orders {account.GetProperty("openOrders").GetArrayLength()}");
            return ExitCodes.Ok;
        })));
        return new Command("account", "L2 accounts on the sequencer.") { show };
    }
}
