using FsCheck;
using FsCheck.Fluent;
using Rollup.Core.Operations;
using Rollup.Sequencer.Book;

namespace Rollup.Sequencer.Tests.Book;

/// <summary>The books against a reference model built from sorted sets of plain records, as the books were before they kept orders in a store.</summary>
public class BookModelPropertyTests
{
    /// <summary>One step: rest (account, side, price tick, size), cancel the n-th live order, or fill some of the best order of a side.</summary>
    public sealed record Step(int Kind, byte Account, bool Buy, byte Tick, ushort Size, ushort Pick);

    private sealed record ModelOrder(uint Account, uint OrderId, Side Side, ulong Price, long Arrival)
    {
        public uint Remaining { get; set; }
    }

    private static readonly Arbitrary<Step[]> Steps = Gen.Choose(0, 300).SelectMany(n =>
        (from kind in Gen.Frequency((5, Gen.Constant(0)), (2, Gen.Constant(1)), (3, Gen.Constant(2)))
         from account in Gen.Choose(10, 15)
         from buy in Gen.Elements(true, false)
         from tick in Gen.Choose(0, 6)
         from size in Gen.Choose(1, 50)
         from pick in Gen.Choose(0, 5000)
         select new Step(kind, (byte)account, buy, (byte)tick, (ushort)size, (ushort)pick)).ArrayOf(n)).ToArbitrary();

    private static IComparer<ModelOrder> PriceTime(bool descending) => Comparer<ModelOrder>.Create((a, b) =>
    {
        int byPrice = a.Price.CompareTo(b.Price);
        if (byPrice != 0) return descending ? -byPrice : byPrice;
        return a.Arrival.CompareTo(b.Arrival);
    });

    [Fact]
    public void Books_built_by_random_rests_cancels_and_fills_enumerate_exactly_as_sorted_sets_would() =>
        Prop.ForAll(Steps, steps =>
        {
            var books = new OrderBooks(4);
            var bids = new SortedSet<ModelOrder>(PriceTime(descending: true));
            var asks = new SortedSet<ModelOrder>(PriceTime(descending: false));
            uint orderId = 0;
            long arrival = 0;
            foreach (var s in steps)
            {
                switch (s.Kind)
                {
                    case 0:
                        var side = s.Buy ? Side.Buy : Side.Sell;
                        var signed = ScriptedExecutor.Order(s.Account, ++orderId, side, 1000 + s.Tick * 10UL, s.Size);
                        if (books.InSlot(s.Account, orderId) is not null) break;
                        books.Rest(signed, s.Size);
                        (s.Buy ? bids : asks).Add(new ModelOrder(s.Account, orderId, side, signed.Order.LimitPrice, ++arrival) { Remaining = s.Size });
                        break;
                    case 1:
                        var all = bids.Concat(asks).OrderBy(o => o.Arrival).ToList();
                        if (all.Count == 0) break;
                        var victim = all[s.Pick % all.Count];
                        books.Remove(books.FindOrder(victim.Account, victim.OrderId)!.Value);
                        (victim.Side == Side.Buy ? bids : asks).Remove(victim);
                        break;
                    default:
                        var modelSide = s.Buy ? bids : asks;
                        var book = books.Find(0);
                        if (book?.BestOpposite(s.Buy ? Side.Sell : Side.Buy) is not { } best) break;
                        var modelBest = modelSide.Min!;
                        uint q = Math.Min(s.Size, best.Remaining);
                        best.Remaining -= q;
                        modelBest.Remaining -= q;
                        if (best.Remaining == 0)
                        {
                            books.Remove(best);
                            modelSide.Remove(modelBest);
                        }
                        break;
                }
                if (!Same(books, bids, asks)) return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();

    private static bool Same(OrderBooks books, SortedSet<ModelOrder> bids, SortedSet<ModelOrder> asks)
    {
        var book = books.Find(0);
        var bookBids = book?.Bids.Select(Key).ToList() ?? [];
        var bookAsks = book?.Asks.Select(Key).ToList() ?? [];
        if (!bookBids.SequenceEqual(bids.Select(Key)) || !bookAsks.SequenceEqual(asks.Select(Key))) return false;
        if (books.OrderCount != bids.Count + asks.Count) return false;
        if (book is not null && (book.BestBid?.OrderId != bids.Min?.OrderId || book.BestAsk?.OrderId != asks.Min?.OrderId)) return false;
        foreach (var account in bids.Concat(asks).GroupBy(o => o.Account))
        {
            var expected = account.OrderBy(o => o.Arrival).Select(o => o.OrderId);
            if (!books.OrdersOf(account.Key).Select(o => o.OrderId).SequenceEqual(expected)) return false;
        }
        if (book is not null)
        {
            var (depthBids, _) = book.Depth(3);
            var expectedDepth = bids.GroupBy(o => o.Price).Take(3).Select(g => new BookLevel(g.Key, (ulong)g.Sum(o => o.Remaining), g.Count()));
            if (!depthBids.SequenceEqual(expectedDepth)) return false;
        }
        return true;
    }

    private static (uint, uint, ulong, uint) Key(RestingOrder o) => (o.AccountId, o.OrderId, o.Price, o.Remaining);

    private static (uint, uint, ulong, uint) Key(ModelOrder o) => (o.Account, o.OrderId, o.Price, o.Remaining);
}
