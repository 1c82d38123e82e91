using Rollup.Core.Operations;

namespace Rollup.Sequencer.Book;

/// <summary>Best first: bids by descending price, asks by ascending price, then earlier arrival.</summary>
internal sealed class PriceTimeComparer : IComparer<RestingOrder>
{
    public static readonly PriceTimeComparer Bids = new(Side.Buy);
    public static readonly PriceTimeComparer Asks = new(Side.Sell);

    private readonly bool _descending;

    private PriceTimeComparer(Side side) => _descending = side == Side.Buy;

    public int Compare(RestingOrder? x, RestingOrder? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int byPrice = x.Price.CompareTo(y.Price);
        if (byPrice != 0) return _descending ? -byPrice : byPrice;
        return x.Arrival.CompareTo(y.Arrival);
    }
}
