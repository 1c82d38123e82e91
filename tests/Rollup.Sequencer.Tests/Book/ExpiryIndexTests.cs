using FsCheck;
using FsCheck.Fluent;
using Rollup.Core.Operations;
using Rollup.Sequencer.Book;

namespace Rollup.Sequencer.Tests.Book;

public class ExpiryIndexTests
{
    /// <summary>One step: rest an order (series, side, price tick, expiry) or cancel the n-th live one, or tick the clock to a time.</summary>
    public sealed record Step(int Kind, byte Series, bool Buy, byte Tick, ushort Expiry, ushort Pick);

    private static readonly Arbitrary<Step[]> Steps = Gen.Choose(0, 400).SelectMany(n =>
        (from kind in Gen.Frequency((6, Gen.Constant(0)), (3, Gen.Constant(1)), (1, Gen.Constant(2)))
         from series in Gen.Choose(0, 2)
         from buy in Gen.Elements(true, false)
         from tick in Gen.Choose(0, 8)
         from expiry in Gen.Choose(1, 400)
         from pick in Gen.Choose(0, 5000)
         select new Step(kind, (byte)series, buy, (byte)tick, (ushort)expiry, (ushort)pick)).ArrayOf(n)).ToArbitrary();

    /// <summary>What walking every book finds: the orders with expiry &lt; now, series by series, bids then asks, best first.</summary>
    private static List<RestingOrder> Walk(OrderBooks books, ulong now)
    {
        var list = new List<RestingOrder>();
        foreach (var book in books.Books)
        {
            list.AddRange(book.Bids.Where(o => o.IsExpiredAt(now)));
            list.AddRange(book.Asks.Where(o => o.IsExpiredAt(now)));
        }
        return list;
    }

    [Fact]
    public void Remove_expired_takes_exactly_what_a_walk_of_every_book_finds_in_book_order() =>
        Prop.ForAll(Steps, steps =>
        {
            var books = new OrderBooks(16);
            uint orderId = 0;
            ulong now = 0;
            foreach (var s in steps)
            {
                switch (s.Kind)
                {
                    case 0:
                        var order = ScriptedExecutor.Order((uint)(10 + s.Tick % 4), ++orderId, s.Buy ? Side.Buy : Side.Sell, 1000 + s.Tick * 10UL, 5, now + s.Expiry, s.Series);
                        books.Rest(order, 5);
                        break;
                    case 1:
                        var live = books.Books.SelectMany(b => b.Bids.Concat(b.Asks)).ToList();
                        if (live.Count > 0) books.Remove(live[s.Pick % live.Count]);
                        break;
                    default:
                        now += s.Expiry / 4UL;
                        var expected = Walk(books, now);
                        var taken = books.RemoveExpired(now);
                        if (!expected.SequenceEqual(taken)) return false;
                        if (taken.Any(o => o.IsResting) || Walk(books, now).Count != 0) return false;
                        break;
                }
            }
            return books.OrderCount == books.Books.Sum(b => b.Count);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Orders_that_left_the_books_are_forgotten_once_they_outnumber_the_live_ones()
    {
        var books = new OrderBooks(16);
        var rested = new List<RestingOrder>();
        for (uint i = 1; i <= 5000; i++)
            rested.Add(books.Rest(ScriptedExecutor.Order(10 + i % 50, i, Side.Buy, 1000 + i % 7, 5, expiry: 1_000 + i), 5));
        foreach (var o in rested.Take(4990)) books.Remove(o);
        Assert.Equal(10, books.OrderCount);
        Assert.True(books.ExpiryEntries <= 2 * Math.Max(1024, books.OrderCount) + 1, $"{books.ExpiryEntries} heap entries for {books.OrderCount} live orders");
        var expired = books.RemoveExpired(1_000_000);
        Assert.Equal(rested.Skip(4990).Select(o => o.OrderId).Order(), expired.Select(o => o.OrderId).Order());
        Assert.Equal(0, books.OrderCount);
        Assert.Equal(0, books.ExpiryEntries);
    }
}
