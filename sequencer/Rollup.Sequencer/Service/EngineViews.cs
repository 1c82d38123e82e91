using Rollup.Core.Margin;
using Rollup.Core.State;
using Rollup.Sequencer.Book;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Rpc.Views;
using RpcBookLevel = Rollup.Sequencer.Rpc.Views.BookLevel;

namespace Rollup.Sequencer.Service;

/// <summary>Builds the API's views from an <see cref="EngineView"/>; runs inside the engine's writer, so it only copies.</summary>
internal static class EngineViews
{
    public static AccountView? Account(EngineView view, uint accountId, ulong now)
    {
        var account = view.State.GetAccount(accountId);
        if (account is null) return null;
        var positions = new List<PositionView>();
        foreach (var p in account.Positions)
            if (!p.IsEmpty) positions.Add(PositionView.From(p));
        var resting = view.Books.OrdersOf(accountId);
        var orders = new List<OpenOrderView>(resting.Count);
        foreach (var o in resting)
        {
            var order = o.Order;
            orders.Add(new OpenOrderView(order.OrderId, order.SeriesIndex, order.Side, order.LimitPrice, order.Size, order.Size - o.Remaining,
                order.Expiry, order.PostOnly, order.ReduceOnly, o.Sequence));
        }
        var margin = MarginEngine.TryCompute(view.State, account, now, out var summary, out _) ? MarginView.From(summary, account.Collateral) : null;
        return new AccountView(account.Id, account.L1Address, account.PublicKeyX, account.PublicKeyY, account.Nonce, account.Collateral, positions, orders, margin);
    }

    public static OrderBookView? Book(EngineView view, ushort series, int depth)
    {
        if (!view.State.TryGetSeries(series, out _)) return null;
        var book = view.Books.Find(series);
        if (book is null) return new OrderBookView(series, view.LastSequence, [], []);
        return new OrderBookView(series, view.LastSequence, Levels(book.Bids, depth), Levels(book.Asks, depth));
    }

    /// <summary>Aggregates a side, already in priority order (best price first), into at most <paramref name="depth"/> levels.</summary>
    private static List<RpcBookLevel> Levels(IReadOnlyCollection<RestingOrder> side, int depth)
    {
        var levels = new List<RpcBookLevel>(Math.Min(depth, side.Count));
        ulong price = 0, quantity = 0;
        int count = 0;
        foreach (var o in side)
        {
            if (count > 0 && o.Price != price)
            {
                levels.Add(new RpcBookLevel(price, quantity, count));
                if (levels.Count == depth) return levels;
                quantity = 0;
                count = 0;
            }
            price = o.Price;
            quantity += o.Remaining;
            count++;
        }
        if (count > 0) levels.Add(new RpcBookLevel(price, quantity, count));
        return levels;
    }

    public static IReadOnlyList<SeriesView> Series(EngineView view, bool includeExpired, ulong now)
    {
        var all = view.State.Series;
        var list = new List<SeriesView>(all.Count);
        for (int i = 0; i < all.Count; i++)
        {
            var terms = all[i];
            if (!includeExpired && terms.Expiry <= now) continue;
            list.Add(SeriesOf(view.State, (ushort)i, terms));
        }
        return list;
    }

    public static SeriesView SeriesOf(RollupState state, ushort index, in SeriesTerms terms)
    {
        ulong settlement = state.GetExpiry(terms.Underlying, terms.ExpiryDay).SettlementPrice;
        return new SeriesView(index, terms.Underlying, terms.Strike, terms.Expiry, terms.Kind, terms.Commitment(), settlement == 0 ? null : settlement);
    }

    public static PricesView? Prices(EngineView view, byte underlying)
    {
        if (underlying >= Limits.MaxUnderlyings) return null;
        var u = view.State.GetUnderlying(underlying);
        if (!u.IsListed) return null;
        // Settlement prices live per (underlying, expiry day); the listed series name the days that can have one.
        var days = new SortedSet<ushort>();
        foreach (var terms in view.State.Series)
            if (terms.Underlying == underlying) days.Add(terms.ExpiryDay);
        var settlements = new List<SettlementPriceView>();
        foreach (var day in days)
        {
            ulong price = view.State.GetExpiry(underlying, day).SettlementPrice;
            if (price != 0) settlements.Add(new SettlementPriceView(SeriesTerms.ExpiryOfDay(day), price));
        }
        return new PricesView(underlying, u.IndexPrice == 0 ? null : u.IndexPrice, u.IndexPrice == 0 ? null : u.PriceTimestamp, settlements);
    }

    public static AccountProofView? Proof(EngineView view, uint accountId)
    {
        var account = view.State.GetAccount(accountId);
        if (account is null) return null;
        var proof = view.State.GetAccountProof(accountId);
        return new AccountProofView(view.State.Root, accountId, proof.Leaf, proof.Siblings.ToArray(), account.PublicKeyX, account.PublicKeyY,
            account.L1Address, account.Nonce, account.Collateral, account.PositionsRoot, account.FillsRoot, RootInputs(view.State));
    }

    private static Core.Fields.Fr[] RootInputs(RollupState state) =>
    [
        state.AccountsRoot, state.SeriesRoot, state.UnderlyingsRoot, state.ExpiriesRoot, state.OraclesRoot, state.RiskParametersHash,
        Core.Fields.Fr.FromUInt64(state.PriorityCursor),
    ];
}
