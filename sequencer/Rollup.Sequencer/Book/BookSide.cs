using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Rollup.Core.Operations;

namespace Rollup.Sequencer.Book;

/// <summary>
/// One side of a book in price-time priority: the prices that hold orders, best first, and per
/// price the orders chained through the store in arrival order. Objects only per price level,
/// none per order. Enumerating while the side changes throws, as the collections it replaced did.
/// </summary>
internal sealed class BookSide : IReadOnlyCollection<RestingOrder>
{
    private static readonly IComparer<ulong> Descending = Comparer<ulong>.Create((a, b) => b.CompareTo(a));

    private readonly OrderStore _store;
    private readonly SortedSet<ulong> _prices;
    private readonly Dictionary<ulong, PriceLevel> _levels = new();
    private int _version;

    public BookSide(OrderStore store, Side side)
    {
        _store = store;
        _prices = new SortedSet<ulong>(side == Side.Buy ? Descending : Comparer<ulong>.Default);
    }

    public int Count { get; private set; }

    public RestingOrder? Best
    {
        get
        {
            if (Count == 0) return null;
            int slot = _levels[_prices.Min].Head;
            return new RestingOrder(_store, slot, _store[slot].Generation);
        }
    }

    /// <summary>Chains the slot's order last at its price: orders come in with increasing arrival, so arrival order holds.</summary>
    public void Add(int slot)
    {
        ref var s = ref _store[slot];
        ref var level = ref CollectionsMarshal.GetValueRefOrAddDefault(_levels, s.LimitPrice, out bool exists);
        if (!exists)
        {
            _prices.Add(s.LimitPrice);
            level.Head = slot;
        }
        else
        {
            ref var tail = ref _store[level.Tail];
            if (tail.Arrival >= s.Arrival) throw new InvalidOperationException($"order {s.OrderId} of account {s.AccountId} arrived before the last one at its price");
            tail.Next = slot;
            s.Previous = level.Tail;
        }
        level.Tail = slot;
        level.Count++;
        Count++;
        _version++;
    }

    /// <summary>Unchains the slot's order; the caller checked that it rests on this side.</summary>
    public void Remove(int slot)
    {
        ref var s = ref _store[slot];
        ref var level = ref CollectionsMarshal.GetValueRefOrNullRef(_levels, s.LimitPrice);
        if (Unsafe.IsNullRef(ref level)) throw new InvalidOperationException($"no orders at price {s.LimitPrice}");
        if (s.Previous == OrderStore.None) level.Head = s.Next;
        else _store[s.Previous].Next = s.Next;
        if (s.Next == OrderStore.None) level.Tail = s.Previous;
        else _store[s.Next].Previous = s.Previous;
        s.Previous = s.Next = OrderStore.None;
        if (--level.Count == 0)
        {
            _levels.Remove(s.LimitPrice);
            _prices.Remove(s.LimitPrice);
        }
        Count--;
        _version++;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<RestingOrder> IEnumerable<RestingOrder>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Best price first, each price's orders in arrival order.</summary>
    public struct Enumerator : IEnumerator<RestingOrder>
    {
        private readonly BookSide _side;
        private readonly int _version;
        private SortedSet<ulong>.Enumerator _prices;
        private int _next;

        internal Enumerator(BookSide side)
        {
            _side = side;
            _version = side._version;
            _prices = side._prices.GetEnumerator();
            _next = OrderStore.None;
            Current = default;
        }

        public RestingOrder Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_version != _side._version) throw new InvalidOperationException("the book changed during enumeration");
            if (_next == OrderStore.None)
            {
                if (!_prices.MoveNext()) return false;
                _next = _side._levels[_prices.Current].Head;
            }
            var store = _side._store;
            int slot = _next;
            _next = store[slot].Next;
            Current = new RestingOrder(store, slot, store[slot].Generation);
            return true;
        }

        public void Reset() => throw new NotSupportedException();

        public void Dispose() => _prices.Dispose();
    }
}
