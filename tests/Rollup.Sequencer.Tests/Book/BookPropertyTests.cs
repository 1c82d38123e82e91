using FsCheck;
using FsCheck.Fluent;
using Rollup.Core.Operations;
using Rollup.Sequencer.Book;

namespace Rollup.Sequencer.Tests.Book;

public class BookPropertyTests
{
    /// <summary>One random step: account, side, price tick, size, and whether it cancels an account's order instead.</summary>
    public sealed record Step(byte Account, bool Buy, byte Tick, ushort Size, bool Cancel, bool RefuseMaker);

    private static readonly Arbitrary<Step[]> Steps = Gen.Choose(0, 60).SelectMany(n =>
        (from a in Gen.Choose(10, 14)
         from buy in Gen.Elements(true, false)
         from tick in Gen.Choose(0, 10)
         from size in Gen.Choose(1, 3000)
         from cancel in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
         from refuse in Gen.Frequency((1, Gen.Constant(true)), (9, Gen.Constant(false)))
         select new Step((byte)a, buy, (byte)tick, (ushort)size, cancel, refuse)).ArrayOf(n)).ToArbitrary();

    [Fact]
    public void Book_is_never_crossed_no_order_rests_empty_and_quantities_balance() =>
        Prop.ForAll(Steps, steps =>
        {
            var books = new OrderBooks(6);
            var core = new ScriptedExecutor();
            uint orderId = 0;
            ulong submitted = 0, filled = 0, removed = 0, dropped = 0;
            foreach (var s in steps)
            {
                if (s.Cancel)
                {
                    if (books.OrdersOf(s.Account) is [var first, ..])
                    {
                        removed += first.Remaining;
                        books.Remove(first);
                    }
                    continue;
                }
                core.RefusedMakerAccounts.Clear();
                if (s.RefuseMaker) core.RefusedMakerAccounts.Add((uint)(10 + (s.Tick % 5)));
                var order = ScriptedExecutor.Order(s.Account, ++orderId, s.Buy ? Side.Buy : Side.Sell, 1000 + s.Tick * 10UL, s.Size);
                submitted += s.Size;
                var r = Matcher.Match(books, order, s.Size, 0, core);
                filled += 2 * r.FilledQuantity;
                foreach (var x in r.Removed) removed += x.Remaining;
                if (r.Remaining > 0)
                {
                    if (books.InSlot(s.Account, orderId) is null) books.Rest(order, r.Remaining);
                    else dropped += r.Remaining;
                }
                var book = books.Find(0)!;
                if (book.BestBid is { } bid && book.BestAsk is { } ask && bid.Price >= ask.Price) return false;
                foreach (var o in book.Bids.Concat(book.Asks)) if (o.Remaining == 0) return false;
            }
            ulong resting = 0;
            foreach (var b in books.Books) foreach (var o in b.Bids.Concat(b.Asks)) resting += o.Remaining;
            // Every submitted unit is filled (counted on both sides), removed, dropped or still resting.
            return submitted == filled + removed + dropped + resting;
        }).QuickCheckThrowOnFailure();
}
