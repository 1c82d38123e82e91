using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Tests.Storage;
using Rollup.SettlementClient.Keys;
using Rollup.SettlementClient.Signing;

namespace Rollup.Sequencer.Tests.Service;

public class LiquidationTests
{
    [Fact]
    public async Task Index_price_over_rpc_liquidates_an_undercollateralised_short_to_the_operators_account()
    {
        using var dir = new TempDirectory();
        await using var host = await ServiceHost.StartAsync(dir.Path);
        var operatorKey = new EthECKey(ServiceHost.OperatorKeyHex);
        var liquidator = await host.NewAccountAsync(operatorKey.GetAddress(), L2KeyFromEthereum.Derive(operatorKey), 1_000_000);
        var alice = await host.NewTraderAsync("alice", 12_000);
        var bob = await host.NewTraderAsync("bob", 100_000);
        ulong expiry = SeriesTerms.ExpiryOfDay((ushort)(ServiceHost.NowSeconds / 86_400 + 30));
        await host.AdminAsync("admin_listSeries", $$"""{"underlying":0,"strike":{{110_000 * ServiceHost.Usd}},"expiry":{{expiry}},"kind":"call"}""");
        ulong now = ServiceHost.NowSeconds;
        await host.CallAsync("rollup_postOraclePrice", ServiceHost.PriceParams(100_000, now - 2));
        ulong premium = 5_000 * ServiceHost.Usd;
        Assert.True((await host.CallAsync("rollup_sendOrder", ServiceHost.OrderParams(alice, 1, 0, Side.Sell, premium, 1_000, now + 3_600))).TryGetProperty("result", out _));
        Assert.True((await host.CallAsync("rollup_sendOrder", ServiceHost.OrderParams(bob, 1, 0, Side.Buy, premium, 1_000, now + 3_600))).TryGetProperty("result", out _));

        var price = await host.CallAsync("rollup_postOraclePrice", ServiceHost.PriceParams(120_000, now - 1));
        Assert.True(price.TryGetProperty("result", out _), price.ToString());

        var aliceAfter = (await host.CallAsync("rollup_getAccount", $$"""{"accountId":{{alice.Id}}}""")).GetProperty("result");
        Assert.Empty(aliceAfter.GetProperty("positions").EnumerateArray());
        var liquidatorAfter = (await host.CallAsync("rollup_getAccount", $$"""{"accountId":{{liquidator.Id}}}""")).GetProperty("result");
        Assert.Equal(-1_000, Assert.Single(liquidatorAfter.GetProperty("positions").EnumerateArray()).GetProperty("quantity").GetInt64());
        Assert.Equal(1u, liquidatorAfter.GetProperty("nonce").GetUInt32());
    }
}
