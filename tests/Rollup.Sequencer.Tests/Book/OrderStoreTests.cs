using System.Runtime.CompilerServices;
using Rollup.Core.Operations;
using Rollup.Sequencer.Book;
using static Rollup.Sequencer.Tests.Book.ScriptedExecutor;

namespace Rollup.Sequencer.Tests.Book;

public class OrderStoreTests
{
    private readonly OrderBooks _books = new(fillsDepth: 16);

    [Fact]
    public void Order_slot_holds_no_references_for_the_collector_to_trace() =>
        Assert.False(RuntimeHelpers.IsReferenceOrContainsReferences<OrderSlot>());

    [Fact]
    public void Slot_reused_after_removal_bumps_the_generation_so_the_old_handle_no_longer_rests()
    {
        var first = _books.Rest(Order(10, 1, Side.Sell, 2000, 1000), 1000);
        _books.Remove(first);
        var second = _books.Rest(Order(11, 2, Side.Buy, 1900, 500), 500);

        Assert.Equal(first.Slot, second.Slot);
        Assert.NotEqual(first.Generation, second.Generation);
        Assert.NotEqual(first, second);
        Assert.False(first.IsResting);
        Assert.True(second.IsResting);
        Assert.Throws<InvalidOperationException>(() => first.Remaining);
        Assert.Null(_books.FindOrder(10, 1));
        Assert.Equal(second, _books.FindOrder(11, 2));
    }

    [Fact]
    public void Removed_order_reads_what_it_was_until_its_slot_is_reused()
    {
        var order = _books.Rest(Order(10, 7, Side.Sell, 2000, 1000, expiry: 5_000, series: 3), 600, sequence: 42);
        _books.Remove(order);

        Assert.False(order.IsResting);
        Assert.Equal((10u, 7u, (ushort)3, 2000UL, 600u, 1000u, 5_000UL, 42L), (order.AccountId, order.OrderId, order.Series, order.Price, order.Remaining, order.Size, order.Expiry, order.Sequence));
        Assert.Equal(new Rollup.Core.Operations.Order(10, 7, 3, Side.Sell, 2000, 1000, 5_000, 10), order.Order);
        Assert.Throws<InvalidOperationException>(() => _books.Remove(order));
    }

    [Fact]
    public void Stale_handle_cannot_change_what_is_left_of_the_order_now_in_its_slot()
    {
        var first = _books.Rest(Order(10, 1, Side.Sell, 2000, 1000), 1000);
        _books.Remove(first);
        var second = _books.Rest(Order(11, 2, Side.Sell, 2000, 1000), 1000);

        Assert.Throws<InvalidOperationException>(() => first.Remaining = 1);
        Assert.Equal(1000u, second.Remaining);
    }

    [Fact]
    public void Bad_rest_is_refused_and_changes_nothing()
    {
        var resting = _books.Rest(Order(10, 5, Side.Sell, 2000, 1000), 1000);

        Assert.Throws<InvalidOperationException>(() => _books.Rest(Order(11, 1, Side.Sell, 2000, 1000), 0));
        Assert.Throws<InvalidOperationException>(() => _books.Rest(Order(10, 5 + 65536, Side.Buy, 1000, 1000), 1000));

        Assert.Equal(1, _books.OrderCount);
        Assert.Equal([resting], _books.OrdersOf(10));
        Assert.Empty(_books.OrdersOf(11));
        Assert.Equal([resting], _books.Find(0)!.Asks);
        Assert.Empty(_books.Find(0)!.Bids);
    }

    [Fact]
    public void Changing_a_side_while_enumerating_it_throws()
    {
        _books.Rest(Order(10, 1, Side.Sell, 2000, 1000), 1000);
        _books.Rest(Order(11, 1, Side.Sell, 2000, 1000), 1000);

        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var o in _books.Find(0)!.Asks) _books.Remove(o);
        });
    }

    [Fact]
    public void Many_rests_and_removes_across_chunks_keep_every_chain_consistent()
    {
        var random = new Random(7);
        var live = new List<RestingOrder>();
        uint orderId = 0;
        // Past one chunk of slots, then churn so freed slots are reused in a mixed order.
        for (int i = 0; i < 60_000; i++)
        {
            if (live.Count < 20_000 || random.Next(2) == 0)
            {
                var side = random.Next(2) == 0 ? Side.Buy : Side.Sell;
                ulong price = side == Side.Buy ? 1000 + (ulong)random.Next(50) : 1100 + (ulong)random.Next(50);
                live.Add(_books.Rest(Order((uint)(10 + random.Next(100)), ++orderId, side, price, 10, series: (ushort)random.Next(3)), 10));
            }
            else
            {
                int pick = random.Next(live.Count);
                _books.Remove(live[pick]);
                live[pick] = live[^1];
                live.RemoveAt(live.Count - 1);
            }
        }

        Assert.Equal(live.Count, _books.OrderCount);
        var inBooks = new List<RestingOrder>();
        foreach (var book in _books.Books)
        {
            Assert.Equal(book.Bids.Count, book.Bids.Count());
            Assert.Equal(book.Asks.Count, book.Asks.Count());
            AssertPriceTimeOrder(book.Bids, descending: true);
            AssertPriceTimeOrder(book.Asks, descending: false);
            inBooks.AddRange(book.Bids);
            inBooks.AddRange(book.Asks);
        }
        Assert.True(inBooks.All(o => o.IsResting));
        Assert.Equal(live.OrderBy(o => o.Arrival), inBooks.OrderBy(o => o.Arrival));
        var byAccount = Enumerable.Range(10, 100).SelectMany(a => _books.OrdersOf((uint)a)).ToList();
        Assert.Equal(live.Count, byAccount.Count);
        foreach (var account in byAccount.GroupBy(o => o.AccountId))
            Assert.Equal(account.OrderBy(o => o.Arrival), account);
    }

    private static void AssertPriceTimeOrder(IEnumerable<RestingOrder> side, bool descending)
    {
        RestingOrder? previous = null;
        foreach (var o in side)
        {
            if (previous is { } p)
            {
                int byPrice = descending ? p.Price.CompareTo(o.Price) : o.Price.CompareTo(p.Price);
                Assert.True(byPrice > 0 || (byPrice == 0 && p.Arrival < o.Arrival), $"{p} before {o}");
            }
            previous = o;
        }
    }
}
