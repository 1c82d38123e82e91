using Rollup.Core.Operations;
using Rollup.Sequencer.Engine;
using static Rollup.Sequencer.Tests.Engine.EngineHarness;

namespace Rollup.Sequencer.Tests.Engine;

public class AdmissionTests
{
    [Fact]
    public async Task Refusals_change_nothing_and_are_not_logged()
    {
        await using var h = await StartAsync();
        var s = await h.StandardMarketAsync();
        var seller = await h.NewTraderAsync("seller", 50_000);
        var buyer = await h.NewTraderAsync("buyer", 50_000);
        var ask = h.Order(seller, s, Side.Sell, 2_000, 1_000);
        Must(await h.SubmitAsync(ask));
        Must(await h.SubmitAsync(h.Order(buyer, s, Side.Buy, 2_000, 1_000, orderId: 7)));

        // Signed by the wrong key.
        var forged = h.Order(seller, s, Side.Buy, 1_000, 100);
        forged = forged with { Signature = buyer.Key.Sign(forged.Order.Message(h.Domain)) };
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.BadSignature, () => h.SubmitAsync(forged));
        // The order id filled already.
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.OrderIdUsed, () => h.SubmitAsync(h.Order(buyer, s, Side.Buy, 1_000, 100, orderId: 7)));
        // Expired before now.
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.OrderExpired, () => h.SubmitAsync(h.Order(buyer, s, Side.Buy, 1_000, 100, expiry: h.NowSeconds - 1)));
        // A series that is not listed.
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.UnknownSeries, () => h.SubmitAsync(h.Order(buyer, 99, Side.Buy, 1_000, 100)));
        // An account that does not exist.
        var ghost = new Trader("ghost", 200, AddressOf("ghost"), KeyOf("ghost"));
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.UnknownAccount, () => h.SubmitAsync(h.Order(ghost, s, Side.Buy, 1_000, 100)));
        // A protocol account.
        var fees = new Trader("fees", 0, AddressOf("fees"), KeyOf("fees"));
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.ReservedAccount, () => h.SubmitAsync(h.Order(fees, s, Side.Buy, 1_000, 100)));
        // Short 10 contracts of a 110k call at S = 100k needs 100k USD of initial margin.
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.InsufficientMargin, () => h.SubmitAsync(h.Order(seller, s, Side.Sell, 2_000, 10_000)));
        // A buy whose premium exceeds the collateral.
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.InsufficientMargin, () => h.SubmitAsync(h.Order(buyer, s, Side.Buy, 30_000, 2_000)));
        // Fee limit below the maker fee.
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.FeeAboveLimit, () => h.SubmitAsync(h.Order(buyer, s, Side.Buy, 1_000, 100, maxFeeBps: 1)));
        // A second live order in the fill slot of a resting one (ids equal mod 64).
        Must(await h.SubmitAsync(h.Order(buyer, s, Side.Buy, 1_000, 100, orderId: 20)));
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.FillSlotBusy, () => h.SubmitAsync(h.Order(buyer, s, Side.Buy, 1_000, 100, orderId: 84)));
    }

    [Fact]
    public async Task Withdrawal_with_a_bad_signature_or_nonce_changes_nothing()
    {
        await using var h = await StartAsync();
        var trader = await h.NewTraderAsync("trader", 1_000);
        var good = await h.WithdrawAsync(trader, 100 * Usd);

        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.BadSignature,
            () => h.Engine.WithdrawAsync(good with { Signature = KeyOf("other").Sign(WithdrawOperation.Message(h.Domain, trader.Id, 0, 100 * Usd)) }));
        var badNonce = new WithdrawOperation(trader.Id, 100 * Usd, 5, trader.Key.Sign(WithdrawOperation.Message(h.Domain, trader.Id, 5, 100 * Usd)));
        var refused = await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.Rejected, () => h.Engine.WithdrawAsync(badNonce));
        Assert.Equal(RejectReason.BadNonce, refused.CoreReason);

        Must(await h.Engine.WithdrawAsync(good));
        Assert.Equal(900 * Usd, await h.CollateralAsync(trader.Id));
    }

    [Fact]
    public async Task Priority_requests_must_arrive_in_queue_order()
    {
        await using var h = await StartAsync();
        var deposit = new DepositOperation(AddressOf("x"), 5 * Usd);

        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.PriorityOutOfOrder, () => h.Engine.PriorityRequestAsync(1, h.NowSeconds + 86_400, deposit));
        Must(await h.Engine.PriorityRequestAsync(0, h.NowSeconds + 86_400, deposit));
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.PriorityOutOfOrder, () => h.Engine.PriorityRequestAsync(0, h.NowSeconds + 86_400, deposit));
    }

    [Fact]
    public async Task Order_queued_behind_its_account_key_registration_is_verified_by_the_writer()
    {
        await using var h = await StartAsync();
        var s = await h.StandardMarketAsync();
        var key = KeyOf("newcomer");
        var (x, y) = Public(key);
        var newcomer = new Trader("newcomer", 2, AddressOf("newcomer"), key);
        var forged = new Trader("newcomer", 2, AddressOf("newcomer"), KeyOf("someone else"));

        var register = h.PriorityAsync(new L1RegisterKeyOperation(newcomer.Address, x, y));
        var deposit = h.PriorityAsync(new DepositOperation(newcomer.Address, 50_000 * Usd));
        var good = h.SubmitAsync(h.Order(newcomer, s, Side.Buy, 1_000, 100));
        var bad = h.SubmitAsync(h.Order(forged, s, Side.Buy, 1_000, 100));
        await Task.WhenAll(register, deposit);

        Assert.Equal(100u, Must(await good).Resting);
        Assert.Equal(CommandError.BadSignature, (await bad).Error);
    }

    [Fact]
    public async Task Key_change_removes_the_orders_signed_with_the_old_key()
    {
        await using var h = await StartAsync();
        var s = await h.StandardMarketAsync();
        var trader = await h.NewTraderAsync("trader", 50_000);
        Must(await h.SubmitAsync(h.Order(trader, s, Side.Sell, 2_000, 500)));
        var (x, y) = Public(KeyOf("trader-new"));

        var r = await h.PriorityAsync(new L1RegisterKeyOperation(trader.Address, x, y));

        Assert.Equal(trader.Id, Assert.Single(r.Removed).AccountId);
        Assert.Equal(0, await h.Engine.ReadAsync(v => v.Books.OrderCount));
    }
}
