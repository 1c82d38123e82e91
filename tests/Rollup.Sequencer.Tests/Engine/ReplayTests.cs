using Rollup.Core.Operations;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Engine.Commands;
using static Rollup.Sequencer.Tests.Engine.EngineHarness;

namespace Rollup.Sequencer.Tests.Engine;

public class ReplayTests
{
    /// <summary>A seeded random session: orders of every kind, cancels, prices, withdrawals, ticks and seals.</summary>
    internal static async Task<SessionStats> RunRandomSessionAsync(EngineHarness h, int seed, int steps)
    {
        var random = new Random(seed);
        var series = new[] { await h.ListAsync(110_000), await h.ListAsync(100_000, kind: Rollup.Core.State.OptionKind.Put) };
        Must(await h.PostPriceAsync(100_000));
        var traders = new List<Trader>();
        for (int i = 0; i < 4; i++) traders.Add(await h.NewTraderAsync("t" + i, 40_000));
        var live = new List<(Trader T, uint Id)>();
        ulong price = 100_000;
        var stats = new SessionStats { Deposited = 4 * 40_000 * Usd };
        for (int i = 0; i < steps; i++)
        {
            h.Clock.AdvanceSeconds(random.Next(0, 3));
            var t = traders[random.Next(traders.Count)];
            int dice = random.Next(100);
            if (dice < 70)
            {
                var side = random.Next(2) == 0 ? Side.Buy : Side.Sell;
                var s = series[random.Next(series.Length)];
                var order = h.Order(t, s, side, 1_800 + (ulong)random.Next(0, 5) * 100, (uint)random.Next(1, 8) * 100,
                    postOnly: random.Next(10) == 0, expiry: h.NowSeconds + (ulong)random.Next(2, 60));
                var tif = random.Next(6) == 0 ? TimeInForce.ImmediateOrCancel : TimeInForce.GoodTillExpiry;
                var r = await h.SubmitAsync(order, tif);
                if (r.Resting > 0) live.Add((t, order.Order.OrderId));
                stats.Fills += r.Fills.Count;
            }
            else if (dice < 80 && live.Count > 0)
            {
                var (owner, id) = live[random.Next(live.Count)];
                await h.Engine.CancelAsync(h.Cancel(owner, id));
            }
            else if (dice < 87)
            {
                price = (ulong)((long)price + random.Next(-2_000, 2_001));
                await h.PostPriceAsync(price);
            }
            else if (dice < 92)
            {
                var w = await h.WithdrawAsync(t, (ulong)random.Next(1, 500) * Usd);
                if ((await h.Engine.WithdrawAsync(w)).Accepted) stats.Withdrawn += w.Amount;
            }
            else if (dice < 96) await h.Engine.TickAsync();
            else await h.Engine.SealBatchAsync();
        }
        return stats;
    }

    [Fact]
    public async Task Replaying_the_log_into_a_fresh_engine_reproduces_state_books_and_batches()
    {
        await using var h = await StartAsync(batchSlots: 8);
        var stats = await RunRandomSessionAsync(h, seed: 6, steps: 120);
        Assert.True(stats.Fills > 5, $"only {stats.Fills} fills");
        var root = await h.RootAsync();
        var books = await BooksTextAsync(h.Engine);
        var batches = h.Engine.SealedSince(0);
        var (next, open, last) = await h.Engine.ReadAsync(v => (v.NextBatchNumber, v.OpenBatchCount, v.LastSequence));
        Assert.True(batches.Count >= 3, $"only {batches.Count} batches sealed");
        Assert.Contains("bid", books);

        await using var replayed = h.NewEngine(new InMemoryOperationLog(h.Log.Entries));
        await replayed.StartAsync();

        Assert.Equal(root, await replayed.ReadAsync(v => v.State.Root));
        Assert.Equal(books, await BooksTextAsync(replayed));
        Assert.Equal((next, open, last), await replayed.ReadAsync(v => (v.NextBatchNumber, v.OpenBatchCount, v.LastSequence)));
        var again = replayed.SealedSince(0);
        Assert.Equal(batches.Count, again.Count);
        for (int i = 0; i < batches.Count; i++)
        {
            Assert.Equal((batches[i].Number, batches[i].NewRoot, batches[i].Timestamp), (again[i].Number, again[i].NewRoot, again[i].Timestamp));
            Assert.Equal(batches[i].Pubdata, again[i].Pubdata);
        }
    }

    [Fact]
    public async Task Replayed_engine_continues_exactly_like_the_original()
    {
        await using var h = await StartAsync(batchSlots: 8);
        await RunRandomSessionAsync(h, seed: 11, steps: 40);
        await using var replayed = h.NewEngine(new InMemoryOperationLog(h.Log.Entries));
        await replayed.StartAsync();
        var trader = await h.Engine.ReadAsync(v => v.State.FindAccount(AddressOf("t0"))!.Id);
        var t0 = new Trader("t0", trader, AddressOf("t0"), KeyOf("t0"));
        var order = h.Order(t0, 0, Side.Buy, 2_500, 300);

        var original = await h.SubmitAsync(order);
        var copy = await replayed.SubmitOrderAsync(order);

        Assert.Equal(original.ToString(), copy.ToString());
        Assert.Equal(original.Fills, copy.Fills);
        Assert.Equal((original.Resting, original.Dropped), (copy.Resting, copy.Dropped));
        Assert.Equal(await h.RootAsync(), await replayed.ReadAsync(v => v.State.Root));
        Assert.Equal(await BooksTextAsync(h.Engine), await BooksTextAsync(replayed));
        Assert.Equal(CommandError.OrderIdUsed, (await replayed.SubmitOrderAsync(order)).Error);
    }

    [Fact]
    public async Task Replay_refuses_a_log_with_a_gap()
    {
        await using var h = await StartAsync();
        await h.NewTraderAsync("a", 100);
        await h.NewTraderAsync("b", 100);
        var entries = h.Log.Entries;
        var gapped = new InMemoryOperationLog([entries[0], entries[2]]);

        await using var engine = h.NewEngine(gapped);

        await Assert.ThrowsAsync<InvalidDataException>(() => engine.StartAsync());
    }
}
