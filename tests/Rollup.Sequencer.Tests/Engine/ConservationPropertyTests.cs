using FsCheck;
using FsCheck.Fluent;

namespace Rollup.Sequencer.Tests.Engine;

public class ConservationPropertyTests
{
    [Fact]
    public void Random_sessions_keep_positions_netted_collateral_conserved_and_books_uncrossed() =>
        Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), seed => CheckAsync(seed).GetAwaiter().GetResult())
            .Check(Config.QuickThrowOnFailure.WithMaxTest(4));

    private static async Task<bool> CheckAsync(int seed)
    {
        await using var h = await EngineHarness.StartAsync(batchSlots: 16);
        var stats = await ReplayTests.RunRandomSessionAsync(h, seed, steps: 40);
        return await h.Engine.ReadAsync(v =>
        {
            var net = new Dictionary<ushort, long>();
            ulong total = 0;
            foreach (var a in v.State.Accounts)
            {
                total += a.Collateral;
                foreach (var p in a.Positions)
                    if (!p.IsEmpty) net[p.SeriesIndex] = net.GetValueOrDefault(p.SeriesIndex) + p.Quantity;
            }
            bool netted = net.Values.All(q => q == 0);
            // Fees move to account 0, so the sum over all accounts is deposits minus withdrawals.
            bool conserved = total == stats.Deposited - stats.Withdrawn;
            bool uncrossed = v.Books.Books.All(b => b.BestBid is null || b.BestAsk is null || b.BestBid.Value.Price < b.BestAsk.Value.Price);
            bool noEmpty = v.Books.Books.All(b => b.Bids.Concat(b.Asks).All(o => o.Remaining > 0));
            return netted && conserved && uncrossed && noEmpty;
        });
    }
}
